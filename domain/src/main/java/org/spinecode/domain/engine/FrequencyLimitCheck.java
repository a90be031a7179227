package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.policy.PolicyKind;
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
  public PolicyKind<FrequencyLimit> kind() {
    return FrequencyLimit.KIND;
  }

  @Override
  public void apply(ClaimReview review) {
    for (int i = 0; i < review.billables.size(); i++) {
      Billable billable = review.billables.get(i);
      FrequencyLimit limit = review.firstInForce(billable.service.code(), FrequencyLimit.KIND);
      if (limit != null) {
        check(review, billable, limit);
      }
    }
  }

  private static void check(ClaimReview review, Billable billable, FrequencyLimit limit) {
    Purpose purpose = limit.perPurpose() ? billable.service.purpose().orElse(null) : null;
    Region region = billable.service.region();
    int sessions = review.history.isEmpty() ? 0 : priorSessions(review, limit, purpose, region);
    if (sessions < limit.maxSessions()) {
      return;
    }
    LocalDate from = windowStart(review, limit);
    String bucket = limit.groupWords()
        + (purpose == null ? "" : " " + purpose.name().toLowerCase(Locale.ROOT));
    review.draft(RuleIds.FREQUENCY_LIMIT_EXCEEDED + bucket + region, RuleIds.FREQUENCY_LIMIT_EXCEEDED,
        () -> review.payerWords() + " covers at most " + limit.maxSessions() + " " + bucket + " sessions per "
            + region.words() + " region in " + limit.months() + " months; the history shows "
            + sessions + " from " + DateText.iso(from) + " to " + DateText.iso(review.date.minusDays(1))
            + ", so this session is over the limit" + review.denialWords(),
        limit).add(billable.code());
    review.deny(billable);
  }

  /** The first day of the rolling window: exactly {@code months} before the date of service. */
  private static LocalDate windowStart(ClaimReview review, FrequencyLimit limit) {
    return review.date.minusMonths(limit.months());
  }

  /**
   * The distinct dates of the history's sessions the limit counts. Histories are short, so the
   * dates are counted in a small array rather than hashed.
   */
  private static int priorSessions(ClaimReview review, FrequencyLimit limit, Purpose purpose, Region region) {
    LocalDate from = windowStart(review, limit);
    LocalDate[] dates = new LocalDate[review.history.size()];
    int count = 0;
    for (int i = 0; i < dates.length; i++) {
      PriorSession prior = review.history.get(i);
      if (limit.families().contains(prior.family()) && prior.region() == region
          && (purpose == null || prior.purpose().orElse(null) == purpose)
          && !prior.dateOfService().isBefore(from) && !contains(dates, count, prior.dateOfService())) {
        dates[count++] = prior.dateOfService();
      }
    }
    return count;
  }

  private static boolean contains(LocalDate[] dates, int count, LocalDate date) {
    for (int i = 0; i < count; i++) {
      if (dates[i].equals(date)) {
        return true;
      }
    }
    return false;
  }

}
