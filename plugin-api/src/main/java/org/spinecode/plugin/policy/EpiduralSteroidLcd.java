package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.RegionLimit;
import org.spinecode.plugin.data.PolicyTable;

/**
 * The Medicare "Epidural Steroid Injections for Pain Management" LCDs (for example L39240 with
 * billing article A58993): names for their rows in the policy table
 * ({@code org/spinecode/data/policies.csv}). The MAC jurisdiction is not modelled yet; where MACs
 * differ in detail, the rows follow A58993.
 */
public final class EpiduralSteroidLcd {
  private static final PolicyTable TABLE = PolicyTable.bundled();

  /** Interlaminar and caudal: one level per region per session. */
  public static final LevelLimit INTERLAMINAR_LEVELS = TABLE.levelLimit("ESI_INTERLAMINAR_LEVELS");

  /** Transforaminal: two levels per region per session, unilateral or bilateral. */
  public static final LevelLimit TRANSFORAMINAL_LEVELS = TABLE.levelLimit("ESI_TRANSFORAMINAL_LEVELS");

  /** One spinal region per session, regions as A58993 defines them. */
  public static final RegionLimit ONE_REGION = TABLE.regionLimit("ESI_ONE_REGION");

  /** Four epidural sessions (interlaminar and transforaminal together) per region in 12 months. */
  public static final FrequencyLimit FOUR_SESSIONS = TABLE.frequencyLimit("ESI_SESSIONS");

  /** KX on a diagnostic selective nerve root block. */
  public static final PurposeModifier KX_ON_DIAGNOSTIC = TABLE.purposeModifier("ESI_KX_DIAGNOSTIC");

  /** Epidural steroid injections need fluoroscopy or CT with contrast. */
  public static final CoverageRule NEEDS_FLUOROSCOPY_OR_CT = TABLE.coverage("ESI_NEEDS_FLUOROSCOPY_OR_CT");

  /** The LCDs' effective date, as the table gives it. */
  public static final LocalDate EFFECTIVE = TRANSFORAMINAL_LEVELS.effectiveFrom();

  private EpiduralSteroidLcd() {}
}
