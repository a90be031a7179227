package org.spinecode.plugins.interlaminar;

import java.util.List;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.spine.Region;
import org.spinecode.plugin.policy.EpiduralSteroidLcd;

/**
 * 62320-62327 (CPT 2017, replacing 62310-62319). One unit per region per day however many levels,
 * no laterality (MPFS bilateral indicator 0). Labels are our own words.
 */
final class InterlaminarCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("INTERLAMINAR");
  private static final String CPT = "CPT 62320-62327 (2017): interlaminar or caudal epidural, once per region per day";
  private static final Set<Guidance> UNGUIDED = Set.of(Guidance.NONE, Guidance.ULTRASOUND);
  private static final Set<Guidance> GUIDED = Set.of(Guidance.FLUOROSCOPY, Guidance.CT);

  static final CodeDefinition C62320 = singleShot("62320",
      "Interlaminar epidural injection, neck or upper back, no imaging", Region.CERVICAL_THORACIC, false)
      .addCoverage(EpiduralSteroidLcd.NEEDS_FLUOROSCOPY_OR_CT).build();
  static final CodeDefinition C62321 = singleShot("62321",
      "Interlaminar epidural injection, neck or upper back, fluoroscopy or CT", Region.CERVICAL_THORACIC, true)
      .build();
  static final CodeDefinition C62322 = singleShot("62322",
      "Interlaminar or caudal epidural injection, low back, no imaging", Region.LUMBAR_SACRAL, false)
      .addCoverage(EpiduralSteroidLcd.NEEDS_FLUOROSCOPY_OR_CT).build();
  static final CodeDefinition C62323 = singleShot("62323",
      "Interlaminar or caudal epidural injection, low back, fluoroscopy or CT", Region.LUMBAR_SACRAL, true)
      .build();
  static final CodeDefinition C62324 = catheter("62324",
      "Epidural catheter for ongoing infusion, neck or upper back, no imaging", Region.CERVICAL_THORACIC, false);
  static final CodeDefinition C62325 = catheter("62325",
      "Epidural catheter for ongoing infusion, neck or upper back, fluoroscopy or CT", Region.CERVICAL_THORACIC, true);
  static final CodeDefinition C62326 = catheter("62326",
      "Epidural catheter for ongoing infusion, low back or caudal, no imaging", Region.LUMBAR_SACRAL, false);
  static final CodeDefinition C62327 = catheter("62327",
      "Epidural catheter for ongoing infusion, low back or caudal, fluoroscopy or CT", Region.LUMBAR_SACRAL, true);

  static final List<CodeDefinition> ALL =
      List.of(C62320, C62321, C62322, C62323, C62324, C62325, C62326, C62327);

  private InterlaminarCodes() {}

  /** The single-shot epidural steroid injection codes carry the ESI LCD limits. */
  private static CodeDefinition.Builder singleShot(String code, String label, Region region, boolean imaging) {
    return base(code, label, region, imaging)
        .addLevelLimits(EpiduralSteroidLcd.INTERLAMINAR_LEVELS)
        .addRegionLimits(EpiduralSteroidLcd.ONE_REGION)
        .addFrequencyLimits(EpiduralSteroidLcd.FOUR_SESSIONS);
  }

  /**
   * Catheter codes mostly serve post-operative and labour analgesia, where the ESI LCD limits do
   * not apply (SpineCode's own choice: the ESI LCDs' level limits name 62321/62323, and A58993's
   * post-operative exemption names 62321/62323/64479-64484 and lifts only diagnosis restrictions).
   */
  private static CodeDefinition catheter(String code, String label, Region region, boolean imaging) {
    return base(code, label, region, imaging).build();
  }

  private static CodeDefinition.Builder base(String code, String label, Region region, boolean imaging) {
    return CodeDefinition.builder()
        .code(code)
        .label(label)
        .family(FAMILY)
        .region(region)
        .addAllGuidance(imaging ? GUIDED : UNGUIDED)
        .quantity(Quantity.ONCE_PER_SESSION)
        .lateral(false)
        .addAllImagingIncluded(imaging ? List.of("77003", "77012") : List.of())
        .authority(CPT);
  }
}
