package org.spinecode.domain.engine;

import java.util.List;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.policy.PolicyScreen;

/** The payer does not cover a code (or calls it unproven): its own rule id, and an expected denial. */
final class CoverageCheck implements PolicyCheck {

  @Override
  public PolicyKind<CoverageRule> kind() {
    return CoverageRule.KIND;
  }

  @Override
  public void apply(ClaimReview review) {
    for (Billable billable : review.billables) {
      List<PolicyScreen<CoverageRule>> rules = billable.service.code().screens(CoverageRule.KIND);
      for (int i = 0; i < rules.size(); i++) {
        if (review.inForce(rules.get(i))) {
          CoverageRule rule = rules.get(i).policy();
          review.draft(rule.rule(), rule.rule(), () -> rule.message() + review.denialWords(), rule)
              .add(billable.code());
          review.deny(billable);
        }
      }
    }
  }
}
