package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.PrerequisiteSessions;
import org.spinecode.domain.spine.Region;

/**
 * The payer covers a code only after earlier sessions in the same region (such as two diagnostic
 * blocks before an ablation), unless an earlier session of a waiving family shows it was met.
 * When the encounter carries no history at all, the earlier sessions are not documented here:
 * a WARNING to document them, and no expected denial, as the frequency limits treat a missing
 * history. Only a history that shows too few sessions marks the line.
 */
final class PrerequisiteCheck implements PolicyCheck {

  @Override
  public PolicyKind<PrerequisiteSessions> kind() {
    return PrerequisiteSessions.KIND;
  }

  @Override
  public void apply(ClaimReview review) {
    for (Billable billable : review.billables) {
      PrerequisiteSessions rule = review.firstInForce(billable.service.code(), PrerequisiteSessions.KIND);
      if (rule != null) {
        check(review, billable, rule);
      }
    }
  }

  private static void check(ClaimReview review, Billable billable, PrerequisiteSessions rule) {
    Region region = billable.service.region();
    Set<LocalDate> dates = new HashSet<>();
    boolean waived = false;
    for (PriorSession prior : review.history) {
      if (prior.region() != region) {
        continue;
      }
      waived |= rule.waivedBy().contains(prior.family());
      if (prior.family().equals(rule.family()) && prior.purpose().orElse(null) == rule.purpose()) {
        dates.add(prior.dateOfService());
      }
    }
    int sessions = dates.size();
    if (waived || sessions >= rule.count()) {
      return;
    }
    if (review.history.isEmpty()) {
      review.draft(rule.rule() + region, rule.rule(), () -> rule.message() + " (" + region.words()
          + " region: no history was given, so the earlier sessions are not documented here;"
          + " document them before billing)", rule).add(billable.code());
      return;
    }
    review.draft(rule.rule() + region, rule.rule(), () -> rule.message() + " (" + region.words()
        + " region: " + sessions + " in the history)" + review.denialWords(), rule).add(billable.code());
    review.deny(billable);
  }

}
