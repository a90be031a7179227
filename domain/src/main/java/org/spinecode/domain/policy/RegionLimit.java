package org.spinecode.domain.policy;

import org.immutables.value.Value;
import org.spinecode.domain.claim.RuleIds;

/**
 * Codes sharing a {@link #group()} may be done in only one code region per session; the lines of
 * every region after the first one in input order are expected denials.
 */
@Value.Immutable
public abstract class RegionLimit implements PayerPolicy {

  public static final PolicyKind<RegionLimit> KIND = PolicyKind.perCode("REGION_LIMIT", RegionLimit.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority())
          .group(row.required("group")).build());

  /** Which codes count together, such as {@code EPIDURAL}. */
  public abstract String group();

  /** The group in a finding's words, such as {@code epidural}. */
  @Value.Derived
  @Value.Auxiliary
  public String groupWords() {
    return PayerPolicy.words(group());
  }

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
    return RuleIds.REGION_LIMIT_EXCEEDED;
  }

  @Override
  public String summary() {
    return "one region per session for " + groupWords() + " codes; later regions are expected denials";
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRegionLimit.Builder {}
}
