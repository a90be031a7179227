package org.spinecode.examples.rfa;

import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PrerequisiteSessions;
import org.spinecode.plugin.data.PolicyTable;

/**
 * Medicare's rules for facet nerve ablation, named rows of this plugin's own policy table
 * ({@code ablation-policies.csv} beside this class in the jar), read once with the product's
 * loader so a bad row fails start-up with the file and line. The limits, dates and authorities
 * live in the table; there is no KX row on purpose: the LCDs' KX modifier marks diagnostic
 * injections only, and an ablation is never diagnostic.
 */
final class AblationPolicies {
  private static final PolicyTable TABLE = PolicyTable.resource(AblationPolicies.class, "ablation-policies.csv");

  /** The rule id of the missing-diagnostic-blocks finding; our own, since the contract has none. */
  static final String DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED = "DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED";

  /** One or two joint levels per region per session; the third joint's add-on unit is an expected denial. */
  static final LevelLimit TWO_JOINT_LEVELS = TABLE.levelLimit("RFA_LEVELS");

  /** Two ablation sessions per region in a rolling 12 months, whatever their sides or levels. */
  static final FrequencyLimit TWO_SESSIONS = TABLE.frequencyLimit("RFA_SESSIONS");

  /**
   * A first ablation in a region needs two diagnostic medial branch blocks there first; any earlier
   * ablation in the region waives the check, since the relief it gave is not in the history.
   */
  static final PrerequisiteSessions DIAGNOSTIC_BLOCKS_FIRST = TABLE.prerequisite("RFA_DIAGNOSTIC_BLOCKS_FIRST");

  private AblationPolicies() {}
}
