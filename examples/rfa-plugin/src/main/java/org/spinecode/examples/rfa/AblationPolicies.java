package org.spinecode.examples.rfa;

import org.spinecode.plugin.data.PolicyTable;

/**
 * Medicare's rules for facet nerve ablation: this plugin's own policy table
 * ({@code ablation-policies.csv} beside this class in the jar), read once with the product's
 * loader so a bad row fails start-up with the file and line. The code table names its rows by id
 * (RFA_LEVELS, RFA_SESSIONS, RFA_DIAGNOSTIC_BLOCKS_FIRST); the limits, dates and authorities live in
 * the table. There is no KX row on purpose: the LCDs' KX modifier marks diagnostic injections only,
 * and an ablation is never diagnostic. The prerequisite row's rule id, DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED,
 * is our own, since the contract has none.
 */
final class AblationPolicies {
  static final PolicyTable TABLE = PolicyTable.resource(AblationPolicies.class, "ablation-policies.csv");

  private AblationPolicies() {}
}
