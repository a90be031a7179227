package org.spinecode.domain.engine;

import java.util.List;
import org.spinecode.domain.policy.CoverageRule;

/** The payer does not cover a code (or calls it unproven): its own rule id, and an expected denial. */
final class CoverageCheck implements PolicyCheck {

  @Override
  public void apply(ClaimReview review) {
    for (Billable billable : review.billables) {
      List<CoverageRule> rules = billable.service.code().policies(CoverageRule.KIND);
      for (int i = 0; i < rules.size(); i++) {
        CoverageRule rule = rules.get(i);
        if (rule.appliesTo(review.payer, review.date) && review.contractor.allows(rule.scope())) {
          review.draft(rule.rule(), rule.rule(), () -> rule.message() + review.denialWords(), rule)
              .add(billable.code());
          review.deny(billable);
        }
      }
    }
  }
}
