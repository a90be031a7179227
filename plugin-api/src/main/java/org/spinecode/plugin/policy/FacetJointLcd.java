package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.ThoracolumbarJunction;
import org.spinecode.plugin.data.PolicyTable;

/**
 * The Medicare "Facet Joint Interventions for Pain Management" LCDs (for example L38803 with
 * billing article A58405, and CGS's L38773 with A58364): names for their rows in the policy table
 * ({@code org/spinecode/data/policies.csv}), where the limits, dates and authorities live.
 */
public final class FacetJointLcd {
  private static final PolicyTable TABLE = PolicyTable.bundled();

  /** One or two levels per region per session; three or more are not reasonable and necessary. */
  public static final LevelLimit TWO_LEVELS = TABLE.levelLimit("FACET_LEVELS");

  /** Four diagnostic and four therapeutic sessions per region in a rolling 12 months. */
  public static final FrequencyLimit FOUR_SESSIONS_PER_PURPOSE = TABLE.frequencyLimit("FACET_SESSIONS");

  /** KX on every diagnostic facet injection. */
  public static final PurposeModifier KX_ON_DIAGNOSTIC = TABLE.purposeModifier("FACET_KX_DIAGNOSTIC");

  /** The id of the thoracolumbar junction row, for a coder reading the table in force. */
  public static final String THORACOLUMBAR_JUNCTION_ID = "FACET_THORACOLUMBAR_JUNCTION";

  /** Medicare bills T12-L1 with L1-L2 in one session as one lumbar region, 64490 + 64494. */
  public static final ThoracolumbarJunction THORACOLUMBAR_JUNCTION =
      TABLE.thoracolumbarJunction(THORACOLUMBAR_JUNCTION_ID);

  /** The LCDs' effective date, as the table gives it. */
  public static final LocalDate EFFECTIVE = TWO_LEVELS.effectiveFrom();

  private FacetJointLcd() {}
}
