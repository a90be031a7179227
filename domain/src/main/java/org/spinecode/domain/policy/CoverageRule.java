package org.spinecode.domain.policy;

import org.immutables.value.Value;

/**
 * The payer does not cover the code (or calls it unproven): a WARNING finding with this rule id,
 * and for Medicare an expected-denial modifier on the line.
 */
@Value.Immutable
public abstract class CoverageRule implements PayerPolicy {

  public static final PolicyKind<CoverageRule> KIND = PolicyKind.perCode("COVERAGE", CoverageRule.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority())
          .rule(row.required("rule")).message(row.required("message")).build());

  public abstract String rule();

  public abstract String message();

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
    return rule();
  }

  @Override
  public String summary() {
    return message();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCoverageRule.Builder {}
}
