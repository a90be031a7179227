package org.spinecode.examples.rfa;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.spine.Region;
import org.spinecode.plugin.policy.OutpatientPriorAuthorization;

/**
 * 64633/64634 (neck or upper back) and 64635/64636 (low back): the first facet joint and each
 * further joint, per side, counted by joint and not by nerve (CPT). Fluoroscopy or CT guidance is
 * part of every code. Labels are our own words.
 */
final class AblationCodes {
  /** A constant, so that the policies can name the family without initialising this class. */
  static final String FAMILY_NAME = "RADIOFREQUENCY_ABLATION";
  static final ProcedureFamily FAMILY = ProcedureFamily.of(FAMILY_NAME);

  private static final String CPT = "CPT 64633-64636: per facet joint per side, not per nerve;"
      + " fluoroscopy or CT guidance included (77003/77012 not reported)";

  static final CodeDefinition C64633 = code("64633",
      "Facet joint nerve ablation, neck or upper back, first joint", Region.CERVICAL_THORACIC, List.of());
  static final CodeDefinition C64634 = code("64634",
      "Facet joint nerve ablation, neck or upper back, each further joint", Region.CERVICAL_THORACIC,
      List.of("64633"));
  static final CodeDefinition C64635 = code("64635",
      "Facet joint nerve ablation, low back, first joint", Region.LUMBAR_SACRAL, List.of());
  // 64633 as a parent too: Medicare bills T12-L1 with L1-L2 as 64633 + 64636 (CGS A58364).
  static final CodeDefinition C64636 = code("64636",
      "Facet joint nerve ablation, low back, each further joint", Region.LUMBAR_SACRAL,
      List.of("64635", "64633"));

  /** Primaries before their add-ons: the engine orders claim lines by this. */
  static final List<CodeDefinition> ALL = List.of(C64633, C64634, C64635, C64636);

  private AblationCodes() {}

  private static CodeDefinition code(String code, String label, Region region, List<String> addOnTo) {
    return CodeDefinition.builder()
        .code(code)
        .label(label)
        .family(FAMILY)
        .region(region)
        .addGuidance(Guidance.FLUOROSCOPY, Guidance.CT)
        .addAllAddOnTo(addOnTo)
        .quantity(Quantity.PER_LEVEL)
        .lateral(true)
        .addImagingIncluded("77003", "77012")
        .authority(CPT)
        .addLevelLimits(AblationPolicies.TWO_JOINT_LEVELS)
        .addFrequencyLimits(AblationPolicies.TWO_SESSIONS)
        .addPrerequisites(AblationPolicies.DIAGNOSTIC_BLOCKS_FIRST)
        // CMS lists 64633-64636 among the hospital outpatient facet interventions from 2023-07-01.
        .addPriorAuthorizations(OutpatientPriorAuthorization.FACET_INTERVENTIONS)
        .build();
  }
}
