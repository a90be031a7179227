package org.spinecode.domain.engine;

/**
 * One kind of payer policy, applied to a claim under review: it reads the policies of that kind
 * the billed codes declare, marks expected denials or attestation modifiers, and drafts findings.
 * Adding a policy kind is one value type in {@code domain.policy} and one check here, listed in
 * {@link PolicyPlan}.
 *
 * <p>Each check finds the first policy of its kind in force with its own small loop rather than a
 * shared generic one: each loop then sees a single policy class, so the JIT can inline
 * {@code appliesTo} instead of dispatching on every policy class at one call site (measured in v1,
 * docs/PERFORMANCE.md). The loops are indexed because the code's policy lists come in several
 * list classes, whose iterators escaped from these hot loops.
 */
interface PolicyCheck {

  void apply(ClaimReview review);
}
