package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.RegionLimit;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;

/**
 * The Medicare "Epidural Steroid Injections for Pain Management" LCDs, in force from 2021-12-05
 * with the same limits at every MAC (for example L39240 with billing article A58993). The MAC
 * jurisdiction is not modelled yet; where MACs differ in detail, these follow A58993.
 */
public final class EpiduralSteroidLcd {
  /** The LCDs' effective date. */
  public static final LocalDate EFFECTIVE = LocalDate.of(2021, 12, 5);

  static final String AUTHORITY = "Medicare ESI LCDs, one contractor's example (e.g. Noridian L39240/A58993)";

  /** Interlaminar and caudal: one level per region per session. */
  public static final LevelLimit INTERLAMINAR_LEVELS = LevelLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).maxLevels(1)
      .authority(AUTHORITY + ": one interlaminar or caudal level per session").build();

  /** Transforaminal: two levels per region per session, unilateral or bilateral. */
  public static final LevelLimit TRANSFORAMINAL_LEVELS = LevelLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).maxLevels(2)
      .authority(AUTHORITY + ": at most two transforaminal levels per session").build();

  /** One spinal region per session, regions as A58993 defines them. */
  public static final RegionLimit ONE_REGION = RegionLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).group("EPIDURAL")
      .authority(AUTHORITY + ": one spinal region per session (62321/64479/64480 vs 62323/64483/64484)").build();

  /** Four epidural sessions (interlaminar and transforaminal together) per region in 12 months. */
  public static final FrequencyLimit FOUR_SESSIONS = FrequencyLimit.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).group("EPIDURAL")
      .addFamilies(ProcedureFamily.of("INTERLAMINAR"), ProcedureFamily.of("TRANSFORAMINAL"))
      .maxSessions(4).months(12)
      .authority(AUTHORITY + ": at most four sessions per region in a rolling 12 months").build();

  /** KX on a diagnostic selective nerve root block. */
  public static final PurposeModifier KX_ON_DIAGNOSTIC = PurposeModifier.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).purpose(Purpose.DIAGNOSTIC).modifier(Modifier.KX)
      .authority("Medicare ESI billing articles, one contractor's example (e.g. A56651/A58745): diagnostic SNRB identified with KX").build();

  /** Epidural steroid injections need fluoroscopy or CT with contrast. */
  public static final CoverageRule NEEDS_FLUOROSCOPY_OR_CT = CoverageRule.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EFFECTIVE).rule(RuleIds.NOT_COVERED_WITHOUT_IMAGING)
      .message("Medicare covers an epidural steroid injection only under fluoroscopy or CT with contrast;"
          + " an unguided or ultrasound-guided interlaminar epidural is coded without imaging and not covered")
      .authority(AUTHORITY + ": image guidance (fluoroscopy or CT) with contrast required").build();

  private EpiduralSteroidLcd() {}
}
