package org.spinecode.domain.policy;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.UsState;

/**
 * Where a payer rule holds besides its payer and dates: the Medicare contractor document it comes
 * from ({@link #lcd()}: {@code EPIDURAL} or {@code FACET}, so that each contractor's own LCD, billing
 * article and effective date apply), the jurisdictions it is limited to (none: every one), the
 * states of a state-based program such as WISeR (none: every state), and the program's name.
 */
@Value.Immutable
public abstract class PolicyScope {
  private static final PolicyScope EVERYWHERE = builder().build();

  /** The contractor document set whose LCD governs the rule, such as {@code FACET}; empty for a national rule. */
  public abstract Optional<String> lcd();

  /** Empty: the rule holds in every jurisdiction. */
  public abstract Set<MedicareJurisdiction> jurisdictions();

  /** Empty: in every state; otherwise only for services performed in these states. */
  public abstract Set<UsState> states();

  /** A named program, such as {@code WISeR}. */
  public abstract Optional<String> program();

  public static PolicyScope everywhere() {
    return EVERYWHERE;
  }

  public boolean isEverywhere() {
    return lcd().isEmpty() && jurisdictions().isEmpty() && states().isEmpty() && program().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePolicyScope.Builder {}
}
