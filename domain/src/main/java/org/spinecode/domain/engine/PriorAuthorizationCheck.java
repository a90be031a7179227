package org.spinecode.domain.engine;

import java.util.List;
import java.util.Locale;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.policy.PriorAuthorization;

/**
 * Codes on a payer's prior-authorization list in the encounter's setting, with no authorization
 * number given: a WARNING. A condition of payment, not of coverage, so the lines keep their modifiers.
 */
final class PriorAuthorizationCheck implements PolicyCheck {

  @Override
  public void apply(ClaimReview review) {
    if (review.encounter.priorAuthorizationNumber().filter(number -> !number.isBlank()).isPresent()) {
      return;
    }
    for (Billable billable : review.billables) {
      List<PriorAuthorization> rules = billable.service.code().policies(PriorAuthorization.KIND);
      for (int i = 0; i < rules.size(); i++) {
        PriorAuthorization rule = rules.get(i);
        if (rule.appliesTo(review.payer, review.date) && rule.settings().contains(review.encounter.setting())) {
          review.draft(RuleIds.PRIOR_AUTHORIZATION_REQUIRED, RuleIds.PRIOR_AUTHORIZATION_REQUIRED,
              () -> review.payerWords() + " requires prior authorization for these codes in the "
                  + review.encounter.setting().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " setting as a condition of payment; no priorAuthorizationNumber was given",
              rule).add(billable.code());
        }
      }
    }
  }
}
