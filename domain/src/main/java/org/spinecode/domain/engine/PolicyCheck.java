package org.spinecode.domain.engine;

/**
 * One kind of payer policy, applied to a claim under review: it reads the policies of that kind
 * the billed codes declare, marks expected denials or attestation modifiers, and drafts findings.
 * Adding a policy kind is one value type in {@code domain.policy} and one check here, listed in
 * {@link PolicyPlan}.
 */
interface PolicyCheck {

  void apply(ClaimReview review);
}
