package org.spinecode.plugins.transforaminal;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.spine.Region;
import org.spinecode.plugin.policy.EpiduralSteroidLcd;

/**
 * 64479/64480 (cervical or thoracic) and 64483/64484 (lumbar or sacral): a primary for the first
 * level and an add-on for each further level, per side (bilateral indicator 1). There is no
 * 64481 or 64482. Imaging is part of every code. Labels are our own words.
 */
final class TransforaminalCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("TRANSFORAMINAL");
  private static final String CPT = "CPT 64479-64484: per foramen per side, fluoroscopy or CT included";

  static final CodeDefinition C64479 = code("64479",
      "Transforaminal epidural injection, neck or upper back, first level", Region.CERVICAL_THORACIC, List.of(), Quantity.PER_LEVEL);
  static final CodeDefinition C64480 = code("64480",
      "Transforaminal epidural injection, neck or upper back, each added level", Region.CERVICAL_THORACIC, List.of("64479"), Quantity.PER_LEVEL);
  static final CodeDefinition C64483 = code("64483",
      "Transforaminal epidural injection, low back or sacrum, first level", Region.LUMBAR_SACRAL, List.of(), Quantity.PER_LEVEL);
  static final CodeDefinition C64484 = code("64484",
      "Transforaminal epidural injection, low back or sacrum, each added level", Region.LUMBAR_SACRAL, List.of("64483"), Quantity.PER_LEVEL);

  static final List<CodeDefinition> ALL = List.of(C64479, C64480, C64483, C64484);

  private TransforaminalCodes() {}

  private static CodeDefinition code(String code, String label, Region region, List<String> addOnTo, Quantity quantity) {
    return CodeDefinition.builder()
        .code(code)
        .label(label)
        .family(FAMILY)
        .region(region)
        .addGuidance(Guidance.FLUOROSCOPY, Guidance.CT)
        .addAllAddOnTo(addOnTo)
        .quantity(quantity)
        .lateral(true)
        .addImagingIncluded("77003", "77012")
        .authority(CPT)
        .addLevelLimits(EpiduralSteroidLcd.TRANSFORAMINAL_LEVELS)
        .addRegionLimits(EpiduralSteroidLcd.ONE_REGION)
        .addFrequencyLimits(EpiduralSteroidLcd.FOUR_SESSIONS)
        .addPurposeModifiers(EpiduralSteroidLcd.KX_ON_DIAGNOSTIC)
        .build();
  }
}
