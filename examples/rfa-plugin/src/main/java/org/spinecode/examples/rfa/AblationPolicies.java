package org.spinecode.examples.rfa;

import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PrerequisiteSessions;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.plugin.policy.FacetJointLcd;

/**
 * Medicare's rules for facet nerve ablation, as dated data the engine applies. They come from the
 * same "Facet Joint Interventions for Pain Management" LCDs as the facet injection rules (L38803
 * with billing article A58405, identical at every MAC), in force from 2021-04-25. There is no KX
 * rule here on purpose: the LCDs' KX modifier marks diagnostic injections only (Noridian facet
 * Q&A, July 2022: "appended to the line for all diagnostic injections"), and an ablation is never
 * diagnostic.
 */
final class AblationPolicies {
  /** The rule id of the missing-diagnostic-blocks finding; our own, since the contract has none. */
  static final String DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED = "DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED";

  private static final ProcedureFamily ABLATION = ProcedureFamily.of(AblationCodes.FAMILY_NAME);
  /** The family whose diagnostic blocks must come before a first ablation. */
  private static final ProcedureFamily FACET = ProcedureFamily.of("FACET");

  private static final String LCD = "Medicare facet LCD L38803 / billing article A58405";

  /**
   * One or two joint levels per region per session, unilateral or bilateral, as for every facet
   * joint intervention in the LCD; the engine moves the third joint's add-on unit to its own
   * expected-denial line.
   */
  static final LevelLimit TWO_JOINT_LEVELS = LevelLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(FacetJointLcd.EFFECTIVE).maxLevels(2)
      .authority(LCD + ": thermal radiofrequency ablation of one or two joint levels, unilateral"
          + " or bilateral, per region per session")
      .build();

  /** Two ablation sessions per region in a rolling 12 months, whatever their sides or levels. */
  static final FrequencyLimit TWO_SESSIONS = FrequencyLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(FacetJointLcd.EFFECTIVE).group(AblationCodes.FAMILY_NAME)
      .addFamilies(ABLATION)
      .maxSessions(2).months(12)
      .authority(LCD + ": at most two radiofrequency ablation sessions per region in a rolling"
          + " 12 months (Noridian facet Q&A, July 2022: 64633-64636 allow two sessions in 12 months)")
      .build();

  /**
   * A first ablation in a region needs two diagnostic medial branch blocks there first. A repeat
   * ablation rests on the relief the earlier one gave, which the history cannot show, so any
   * earlier ablation in the region waives the check rather than second-guessing it.
   */
  static final PrerequisiteSessions DIAGNOSTIC_BLOCKS_FIRST = PrerequisiteSessions.builder()
      .payer(Payer.MEDICARE).effectiveFrom(FacetJointLcd.EFFECTIVE)
      .rule(DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED)
      .message("Medicare covers a first facet nerve ablation in a region only after two diagnostic"
          + " medial branch blocks there, each with at least 80% relief; the history does not show two"
          + " diagnostic facet sessions in the region and no earlier ablation")
      .family(FACET).purpose(Purpose.DIAGNOSTIC).count(2)
      .addWaivedBy(ABLATION)
      .authority(LCD + ": initial thermal radiofrequency ablation after at least two diagnostic"
          + " medial branch blocks with a consistent minimum of 80% relief")
      .build();

  private AblationPolicies() {}
}
