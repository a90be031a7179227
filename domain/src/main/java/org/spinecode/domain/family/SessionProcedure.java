package org.spinecode.domain.family;

import org.immutables.value.Value;
import org.spinecode.domain.encounter.Procedure;

/** A procedure of the session with its position in the encounter, for field paths and order. */
@Value.Immutable(builder = false)
public abstract class SessionProcedure {

  /** Its index in the encounter's {@code procedures}. */
  @Value.Parameter
  public abstract int index();

  @Value.Parameter
  public abstract Procedure procedure();

  /** Its field path: {@code procedures[2]}. */
  public String path() {
    return "procedures[" + index() + "]";
  }

  public static SessionProcedure of(int index, Procedure procedure) {
    return ImmutableSessionProcedure.of(index, procedure);
  }
}
