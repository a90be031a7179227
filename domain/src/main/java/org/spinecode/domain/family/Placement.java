package org.spinecode.domain.family;

import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/** One level on one side of a session, with the purpose of the procedure that placed it. */
@Value.Immutable(builder = false)
public abstract class Placement {

  @Value.Parameter
  public abstract SpinalLevel level();

  @Value.Parameter
  public abstract Side side();

  @Value.Parameter
  public abstract Optional<Purpose> purpose();

  /** Input order: procedures first, then targets within them. */
  @Value.Parameter
  public abstract int order();

  public static Placement of(SpinalLevel level, Side side, Optional<? extends Purpose> purpose, int order) {
    return ImmutablePlacement.of(level, side, purpose, order);
  }
}
