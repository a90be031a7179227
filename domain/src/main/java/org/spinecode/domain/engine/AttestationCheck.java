package org.spinecode.domain.engine;

import java.util.List;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.PolicyScreen;
import org.spinecode.domain.policy.PurposeModifier;

/**
 * The modifier a payer wants on lines done for a purpose (Medicare KX on diagnostic blocks). It
 * runs after the denials: a line expected to deny carries GZ/GA, never KX.
 */
final class AttestationCheck implements PolicyCheck {

  @Override
  public PolicyKind<PurposeModifier> kind() {
    return PurposeModifier.KIND;
  }

  @Override
  public void apply(ClaimReview review) {
    for (Billable billable : review.billables) {
      Purpose purpose = billable.service.purpose().orElse(null);
      if (billable.expectedDenial || purpose == null) {
        continue;
      }
      List<PolicyScreen<PurposeModifier>> rules = billable.service.code().screens(PurposeModifier.KIND);
      for (int i = 0; i < rules.size(); i++) {
        if (review.inForce(rules.get(i)) && rules.get(i).policy().purpose() == purpose) {
          billable.attestation = rules.get(i).policy().modifier();
        }
      }
    }
  }
}
