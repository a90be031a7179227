package org.spinecode.domain.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.PolicyScreen;
import org.spinecode.domain.policy.PriorAuthorization;

/**
 * Codes on a payer's prior-authorization list in the encounter's setting (and, for a state-based
 * program such as WISeR, state): without an authorization number a WARNING; with one, for a named
 * program, an INFO saying which claim carries it. A condition of payment, not of coverage, so the
 * lines keep their modifiers. In an ASC or a hospital outpatient department the facility requests
 * the authorization and its claim carries the number; a professional claim there is tied to that
 * decision (CONTRACT.md "Jurisdiction", WISeR; OPD prior authorization, 42 CFR 419.82).
 */
final class PriorAuthorizationCheck implements PolicyCheck {

  @Override
  public PolicyKind<PriorAuthorization> kind() {
    return PriorAuthorization.KIND;
  }

  @Override
  public void apply(ClaimReview review) {
    for (Billable billable : review.billables) {
      List<PolicyScreen<PriorAuthorization>> rules = billable.service.code().screens(PriorAuthorization.KIND);
      for (int i = 0; i < rules.size(); i++) {
        if (!review.inForce(rules.get(i))) {
          continue;
        }
        PriorAuthorization rule = rules.get(i).policy();
        if (rule.settings().contains(review.encounter.setting())) {
          if (!numbered(review)) {
            review.draft(RuleIds.PRIOR_AUTHORIZATION_REQUIRED + rule.scope().program().orElse(""),
                RuleIds.PRIOR_AUTHORIZATION_REQUIRED, () -> required(review, rule), rule).add(billable.code());
          } else if (rule.scope().program().isPresent()) {
            review.draft(RuleIds.PRIOR_AUTHORIZATION_REQUIRED + rule.scope().program().get(),
                RuleIds.PRIOR_AUTHORIZATION_REQUIRED, Severity.INFO, () -> given(review, rule), rule)
                .add(billable.code());
          }
        }
      }
    }
  }

  /** True when the encounter gives an authorization number; read only for a rule in force, as most claims have none. */
  private static boolean numbered(ClaimReview review) {
    Optional<String> number = review.encounter.priorAuthorizationNumber();
    return number.isPresent() && !number.get().isBlank();
  }

  private static String required(ClaimReview review, PriorAuthorization rule) {
    return who(review, rule) + " requires prior authorization for these codes " + where(review)
        + " as a condition of payment; no priorAuthorizationNumber was given"
        + rule.scope().program().map(program -> ", so the claim goes to pre-payment review").orElse("")
        + facility(review);
  }

  private static String given(ClaimReview review, PriorAuthorization rule) {
    Setting setting = review.encounter.setting();
    return who(review, rule) + " requires prior authorization for these codes " + where(review)
        + "; the tracking number given goes on " + (setting == Setting.OFFICE ? "the claim"
            : "the " + facilityWords(setting) + "'s claim, which requested it"
                + (review.encounter.claimType() == ClaimType.PROFESSIONAL
                    ? "; the physician's claim is tied to that decision" : ""));
  }

  private static String who(ClaimReview review, PriorAuthorization rule) {
    return review.payerWords() + rule.scope().program().map(program -> "'s " + program + " model").orElse("");
  }

  private static String where(ClaimReview review) {
    String setting = review.encounter.setting().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "in the " + setting + " setting" + review.contractor.state().map(state -> " in " + state).orElse("");
  }

  /** On a professional claim for work in an ASC or a hospital outpatient department, who asks for it. */
  private static String facility(ClaimReview review) {
    Setting setting = review.encounter.setting();
    if (setting == Setting.OFFICE || review.encounter.claimType() != ClaimType.PROFESSIONAL) {
      return "";
    }
    return "; the " + facilityWords(setting) + " requests it and its claim carries the number, and the physician's"
        + " claim is tied to that decision";
  }

  private static String facilityWords(Setting setting) {
    return setting == Setting.ASC ? "ambulatory surgery center" : "hospital outpatient department";
  }
}
