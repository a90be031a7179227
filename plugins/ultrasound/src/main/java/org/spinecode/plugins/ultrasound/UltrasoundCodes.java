package org.spinecode.plugins.ultrasound;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.spine.Region;
import org.spinecode.plugin.policy.EpiduralSteroidLcd;
import org.spinecode.plugin.policy.FacetJointLcd;
import org.spinecode.plugin.policy.UltrasoundGuidancePolicy;

/**
 * The Category III codes for ultrasound-guided work. Counting mirrors the fluoroscopic families:
 * facet first, second and third-and-beyond levels (0213T-0215T, 0216T-0218T), transforaminal
 * first and each added level (0228T/0229T, 0230T/0231T). Ultrasound guidance is part of each code.
 * The families' Medicare limits still apply; every line also gets the ultrasound coverage rule.
 */
final class UltrasoundCodes {
  static final ProcedureFamily FACET = ProcedureFamily.of("FACET");
  static final ProcedureFamily TRANSFORAMINAL = ProcedureFamily.of("TRANSFORAMINAL");
  private static final String FACET_CPT = "CPT Category III 0213T-0218T: ultrasound-guided facet, per level per side";
  private static final String TF_CPT = "CPT Category III 0228T-0231T: ultrasound-guided transforaminal, per level per side";

  static final CodeDefinition C0213T = facet("0213T", "Ultrasound-guided facet injection, neck or upper back, first level",
      Region.CERVICAL_THORACIC, List.of(), Quantity.PER_LEVEL);
  static final CodeDefinition C0214T = facet("0214T", "Ultrasound-guided facet injection, neck or upper back, second level",
      Region.CERVICAL_THORACIC, List.of("0213T"), Quantity.PER_LEVEL);
  static final CodeDefinition C0215T = facet("0215T", "Ultrasound-guided facet injection, neck or upper back, third and further levels",
      Region.CERVICAL_THORACIC, List.of("0214T"), Quantity.ONCE_PER_SESSION);
  static final CodeDefinition C0216T = facet("0216T", "Ultrasound-guided facet injection, low back, first level",
      Region.LUMBAR_SACRAL, List.of(), Quantity.PER_LEVEL);
  static final CodeDefinition C0217T = facet("0217T", "Ultrasound-guided facet injection, low back, second level",
      Region.LUMBAR_SACRAL, List.of("0216T"), Quantity.PER_LEVEL);
  static final CodeDefinition C0218T = facet("0218T", "Ultrasound-guided facet injection, low back, third and further levels",
      Region.LUMBAR_SACRAL, List.of("0217T"), Quantity.ONCE_PER_SESSION);
  static final CodeDefinition C0228T = transforaminal("0228T", "Ultrasound-guided transforaminal epidural, neck or upper back, first level",
      Region.CERVICAL_THORACIC, List.of());
  static final CodeDefinition C0229T = transforaminal("0229T", "Ultrasound-guided transforaminal epidural, neck or upper back, each added level",
      Region.CERVICAL_THORACIC, List.of("0228T"));
  static final CodeDefinition C0230T = transforaminal("0230T", "Ultrasound-guided transforaminal epidural, low back or sacrum, first level",
      Region.LUMBAR_SACRAL, List.of());
  static final CodeDefinition C0231T = transforaminal("0231T", "Ultrasound-guided transforaminal epidural, low back or sacrum, each added level",
      Region.LUMBAR_SACRAL, List.of("0230T"));

  static final List<CodeDefinition> ALL = List.of(
      C0213T, C0214T, C0215T, C0216T, C0217T, C0218T, C0228T, C0229T, C0230T, C0231T);

  private UltrasoundCodes() {}

  private static CodeDefinition facet(String code, String label, Region region, List<String> addOnTo, Quantity quantity) {
    return base(code, label, FACET, region, addOnTo, quantity, FACET_CPT)
        .addCoverage(UltrasoundGuidancePolicy.MEDICARE_NOT_COVERED)
        .addLevelLimits(FacetJointLcd.TWO_LEVELS)
        .addFrequencyLimits(FacetJointLcd.FOUR_SESSIONS_PER_PURPOSE)
        .addPurposeModifiers(FacetJointLcd.KX_ON_DIAGNOSTIC)
        .build();
  }

  private static CodeDefinition transforaminal(String code, String label, Region region, List<String> addOnTo) {
    return base(code, label, TRANSFORAMINAL, region, addOnTo, Quantity.PER_LEVEL, TF_CPT)
        .addCoverage(UltrasoundGuidancePolicy.MEDICARE_TRANSFORAMINAL_NOT_COVERED)
        .addLevelLimits(EpiduralSteroidLcd.TRANSFORAMINAL_LEVELS)
        .addRegionLimits(EpiduralSteroidLcd.ONE_REGION)
        .addFrequencyLimits(EpiduralSteroidLcd.FOUR_SESSIONS)
        .addPurposeModifiers(EpiduralSteroidLcd.KX_ON_DIAGNOSTIC)
        .build();
  }

  private static CodeDefinition.Builder base(String code, String label, ProcedureFamily family, Region region,
      List<String> addOnTo, Quantity quantity, String authority) {
    return CodeDefinition.builder()
        .code(code)
        .label(label)
        .family(family)
        .region(region)
        .addGuidance(Guidance.ULTRASOUND)
        .addAllAddOnTo(addOnTo)
        .quantity(quantity)
        .lateral(true)
        .addImagingIncluded("76942")
        .authority(authority)
        .addCoverage(UltrasoundGuidancePolicy.COMMERCIAL_UNPROVEN);
  }
}
