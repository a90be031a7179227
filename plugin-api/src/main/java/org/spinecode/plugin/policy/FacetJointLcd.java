package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.ThoracolumbarJunction;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;

/**
 * The Medicare "Facet Joint Interventions for Pain Management" LCDs, in force from 2021-04-25 at
 * every MAC (for example L38803 with billing article A58405, and CGS's L38773 with A58364).
 */
public final class FacetJointLcd {
  /** The LCDs' effective date. */
  public static final LocalDate EFFECTIVE = LocalDate.of(2021, 4, 25);

  static final String AUTHORITY = "Medicare facet LCDs, one contractor's example (e.g. Noridian L38803/A58405)";

  /** One or two levels per region per session; three or more are not reasonable and necessary. */
  public static final LevelLimit TWO_LEVELS = LevelLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).maxLevels(2)
      .authority(AUTHORITY + ": one to two levels, unilateral or bilateral, per region per session").build();

  /** Four diagnostic and four therapeutic sessions per region in a rolling 12 months. */
  public static final FrequencyLimit FOUR_SESSIONS_PER_PURPOSE = FrequencyLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).group("FACET")
      .addFamilies(ProcedureFamily.of("FACET")).perPurpose(true)
      .maxSessions(4).months(12)
      .authority(AUTHORITY + ": at most four diagnostic and four therapeutic sessions per region"
          + " in a rolling 12 months: SpineCode's reading of a Noridian facet Q&A (2022) that counts \"injections\"").build();

  /** KX on every diagnostic facet injection. */
  public static final PurposeModifier KX_ON_DIAGNOSTIC = PurposeModifier.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).purpose(Purpose.DIAGNOSTIC).modifier(Modifier.KX)
      .authority(AUTHORITY + ": KX on the line of every diagnostic facet injection").build();

  /**
   * Medicare bills T12-L1 with L1-L2 in one session as one lumbar region, 64490 + 64494
   * (CGS A58364, revised 2025-01-01; NGS gave the same instruction with its LCD), from the LCDs on.
   */
  public static final ThoracolumbarJunction THORACOLUMBAR_JUNCTION = ThoracolumbarJunction.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE)
      .authority("CGS billing article A58364 and NGS facet billing article: T12-L1 with L1-L2 is one lumbar region")
      .build();

  private FacetJointLcd() {}
}
