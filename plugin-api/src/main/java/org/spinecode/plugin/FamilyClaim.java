package org.spinecode.plugin;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;

/**
 * A family a plugin codes and the guidance it accepts for it. No two installed plugins may claim
 * the same family with the same guidance.
 */
@Value.Immutable
public abstract class FamilyClaim {

  public abstract ProcedureFamily family();

  public abstract Set<Guidance> guidance();

  /** Other names callers use for the family, such as a common misspelling. */
  public abstract Set<ProcedureFamily> aliases();

  public static FamilyClaim of(ProcedureFamily family, Set<Guidance> guidance) {
    return builder().family(family).addAllGuidance(guidance).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FamilyClaim}. */
  public static final class Builder extends ImmutableFamilyClaim.Builder {}
}
