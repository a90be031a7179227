package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.spine.Region;

/**
 * At most so many sessions per region in a rolling window: prior sessions (distinct dates) of the
 * limit's families in the same region (and purpose, where counted apart), from the date exactly
 * that many months before the date of service up to the day before. When they already reach the
 * maximum, this session's lines are expected denials.
 */
final class FrequencyLimitCheck implements PolicyCheck {

  @Override
  public void apply(ClaimReview review) {
    for (Billable billable : review.billables) {
      FrequencyLimit limit = frequencyLimit(billable.service.code(), review);
      if (limit != null) {
        check(review, billable, limit);
      }
    }
  }

  private static void check(ClaimReview review, Billable billable, FrequencyLimit limit) {
    Purpose purpose = limit.perPurpose() ? billable.service.purpose().orElse(null) : null;
    Region region = billable.service.region();
    LocalDate from = review.date.minusMonths(limit.months());
    Set<LocalDate> dates = review.history.isEmpty() ? Set.of() : new HashSet<>();
    for (PriorSession prior : review.history) {
      if (limit.families().contains(prior.family()) && prior.region() == region
          && (purpose == null || prior.purpose().orElse(null) == purpose)
          && !prior.dateOfService().isBefore(from)) {
        dates.add(prior.dateOfService());
      }
    }
    int sessions = dates.size();
    if (sessions < limit.maxSessions()) {
      return;
    }
    String bucket = limit.group().toLowerCase(Locale.ROOT).replace('_', ' ')
        + (purpose == null ? "" : " " + purpose.name().toLowerCase(Locale.ROOT));
    review.draft(RuleIds.FREQUENCY_LIMIT_EXCEEDED + bucket + region, RuleIds.FREQUENCY_LIMIT_EXCEEDED,
        () -> review.payerWords() + " covers at most " + limit.maxSessions() + " " + bucket + " sessions per "
            + region.words() + " region in " + limit.months() + " months; the history shows "
            + sessions + " from " + from + " to " + review.date.minusDays(1)
            + ", so this session is over the limit" + review.denialWords(),
        limit).add(billable.code());
    review.deny(billable);
  }

  private static FrequencyLimit frequencyLimit(CodeDefinition code, ClaimReview review) {
    List<FrequencyLimit> policies = code.frequencyLimits();
    for (int i = 0; i < policies.size(); i++) {
      FrequencyLimit policy = policies.get(i);
      if (policy.appliesTo(review.payer, review.date)) {
        return policy;
      }
    }
    return null;
  }
}
