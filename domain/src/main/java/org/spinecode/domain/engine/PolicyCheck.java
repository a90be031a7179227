package org.spinecode.domain.engine;

/**
 * One kind of payer policy, applied to a claim under review: it reads the policies of that kind
 * the billed codes declare, marks expected denials or attestation modifiers, and drafts findings.
 * Adding a policy kind is one value type in {@code domain.policy} (declaring its {@code KIND},
 * listed in {@code PolicyKinds}) and one check here, listed in {@link PolicyPlan}. A check applies a
 * policy where {@code appliesTo} (payer and dates) and the encounter's contractor (the policy's
 * scope) both allow it.
 *
 * <p>Each check finds the first policy of its kind in force with its own small loop rather than a
 * shared generic one: each loop then sees a single policy class, so the JIT can inline
 * {@code appliesTo} and {@code scope} instead of dispatching on every policy class at one call site (measured in v1,
 * docs/PERFORMANCE.md). The loops are indexed because the code's policy lists come in several
 * list classes, whose iterators escaped from these hot loops.
 */
interface PolicyCheck {

  void apply(ClaimReview review);
}
