package org.spinecode.domain.policy;

import org.immutables.value.Value;
import org.spinecode.domain.claim.RuleIds;

/**
 * At most this many distinct levels per region per session (a level on both sides is one level).
 * Excess units come off the add-on lines, last add-on first, onto their own expected-denial line;
 * a primary line is never marked.
 */
@Value.Immutable
public abstract class LevelLimit implements PayerPolicy {

  public static final PolicyKind<LevelLimit> KIND = PolicyKind.perCode("LEVEL_LIMIT", LevelLimit.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority())
          .maxLevels(row.number("max_levels", 1)).build());

  public abstract int maxLevels();

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
    return RuleIds.LEVEL_LIMIT_EXCEEDED;
  }

  @Override
  public String summary() {
    return "at most " + maxLevels() + " level(s) per region per session; excess add-on units are expected denials";
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableLevelLimit.Builder {}
}
