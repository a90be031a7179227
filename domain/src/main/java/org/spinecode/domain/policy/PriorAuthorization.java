package org.spinecode.domain.policy;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.Setting;

/**
 * The payer wants a prior authorization for the code in these settings: without a prior
 * authorization number the encounter gets a WARNING. A condition of payment, not of coverage, so
 * the line keeps its modifiers.
 */
@Value.Immutable
public abstract class PriorAuthorization implements PayerPolicy {

  public static final PolicyKind<PriorAuthorization> KIND = PolicyKind.perCode("PRIOR_AUTHORIZATION", PriorAuthorization.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority())
          .addAllSettings(row.listOf("settings", Setting.class)).build());

  public abstract Set<Setting> settings();

  @Override
  @Value.Default
  public PolicyScope scope() {
    return PolicyScope.everywhere();
  }

  @Override
  public String kind() {
    return KIND.name();
  }

  @Override
  public String findingRule() {
    return RuleIds.PRIOR_AUTHORIZATION_REQUIRED;
  }

  @Override
  public String summary() {
    return "prior authorization number required in " + settings();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePriorAuthorization.Builder {}
}
