package org.spinecode.domain.encounter;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/** One procedure done in the session, as the caller describes it. */
@Value.Immutable
public abstract class Procedure {

  public abstract ProcedureFamily family();

  public abstract Guidance guidance();

  /** Required by the transforaminal and facet families, which check it themselves. */
  public abstract Optional<Purpose> purpose();

  /** Interlaminar family only; absent means an interlaminar approach. */
  public abstract Optional<Approach> approach();

  /** Interlaminar family only: a catheter left for continuous or intermittent infusion. */
  @Value.Default
  public boolean indwellingCatheter() {
    return false;
  }

  public abstract List<Target> targets();

  /** True when the needle entered through the sacral hiatus. */
  public boolean isCaudal() {
    return approach().orElse(Approach.INTERLAMINAR) == Approach.CAUDAL;
  }

  @Value.Check
  protected void check() {
    if (targets().isEmpty() && !isCaudal()) {
      throw new InvalidInputException("targets", "at least one target is required (only a caudal epidural may have none)");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableProcedure.Builder {}
}
