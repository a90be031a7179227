package org.spinecode.domain.policy;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.ProcedureFamily;

/**
 * At most {@link #maxSessions()} sessions per region in a rolling window: prior sessions (distinct
 * dates) of the listed families in the same region, from the date exactly {@link #months()} months
 * before the date of service up to the day before, are counted; when they already reach the
 * maximum, this session's lines are expected denials.
 */
@Value.Immutable
public abstract class FrequencyLimit implements PayerPolicy {

  public static final PolicyKind<FrequencyLimit> KIND = PolicyKind.perCode("FREQUENCY_LIMIT", FrequencyLimit.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority())
          .group(row.required("group"))
          .addAllFamilies(row.list("families").stream().map(ProcedureFamily::of).toList())
          .perPurpose(row.flag("per_purpose")).maxSessions(row.number("max_sessions", 1))
          .months(row.number("months", 1)).build());

  /** A name for the bucket, such as {@code EPIDURAL}. */
  public abstract String group();

  /** The group in a finding's words, such as {@code epidural}. */
  @Value.Derived
  @Value.Auxiliary
  public String groupWords() {
    return PayerPolicy.words(group());
  }

  /** The families whose sessions count together. */
  public abstract Set<ProcedureFamily> families();

  /** True when diagnostic and therapeutic sessions are counted separately. */
  @Value.Default
  public boolean perPurpose() {
    return false;
  }

  public abstract int maxSessions();

  @Value.Default
  public int months() {
    return 12;
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
    return RuleIds.FREQUENCY_LIMIT_EXCEEDED;
  }

  @Override
  public String summary() {
    return "at most " + maxSessions() + (perPurpose() ? " diagnostic and " + maxSessions() + " therapeutic" : "")
        + " sessions per region in " + months() + " months, counting " + families();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFrequencyLimit.Builder {}
}
