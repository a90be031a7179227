package org.spinecode.domain.engine;

import org.spinecode.domain.policy.PolicyKind;

/**
 * One kind of payer policy, applied to a claim under review: it reads the policies of that kind
 * the billed codes declare, marks expected denials or attestation modifiers, and drafts findings.
 * Adding a policy kind is one value type in {@code domain.policy} (declaring its {@code KIND},
 * listed in {@code PolicyKinds}) and one check here, listed in {@link PolicyPlan}. A check applies a
 * policy where its payer, its dates and the encounter's contractor (the policy's scope) allow it, as
 * {@link ClaimReview#firstInForce} and {@link ClaimReview#inForce} decide from the policy's
 * {@code PolicyScreen} (payer, dates and scope as primitives in one object).
 */
interface PolicyCheck {

  /** The kind of policy the check reads, or null when it reads none of the codes' (it always runs). */
  PolicyKind<?> kind();

  void apply(ClaimReview review);
}
