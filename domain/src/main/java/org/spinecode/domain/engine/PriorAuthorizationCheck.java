package org.spinecode.domain.engine;

import java.util.List;
import java.util.Locale;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Setting;
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
      List<PriorAuthorization> rules = billable.service.code().priorAuthorizations();
      for (int i = 0; i < rules.size(); i++) {
        PriorAuthorization rule = rules.get(i);
        if (rule.appliesTo(review.payer, review.date) && rule.settings().contains(review.encounter.setting())) {
          review.draft(RuleIds.PRIOR_AUTHORIZATION_REQUIRED, RuleIds.PRIOR_AUTHORIZATION_REQUIRED,
              () -> words(review), rule).add(billable.code());
        }
      }
    }
  }

  /**
   * In a facility setting the facility requests the authorization and its claim carries the
   * number; a professional claim there is tied to that decision (CMS OPD prior authorization:
   * the hospital submits the request, and related physician claims follow its outcome).
   */
  private static String words(ClaimReview review) {
    Setting setting = review.encounter.setting();
    String where = setting.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String requires = review.payerWords() + " requires prior authorization for these codes in the " + where
        + " setting as a condition of payment";
    if (setting != Setting.OFFICE && review.encounter.claimType() == ClaimType.PROFESSIONAL) {
      String facility = setting == Setting.HOSPITAL_OUTPATIENT ? "the hospital outpatient department" : "the ASC";
      return requires + ": " + facility + " requests it and its facility claim carries the number, and the"
          + " physician's claim is tied to that decision; no priorAuthorizationNumber was given";
    }
    return requires + "; no priorAuthorizationNumber was given";
  }
}
