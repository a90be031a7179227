package org.spinecode.plugins.facet;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.spine.Region;
import org.spinecode.plugin.policy.FacetJointLcd;
import org.spinecode.plugin.policy.OutpatientPriorAuthorization;

/**
 * 64490-64492 (cervical or thoracic) and 64493-64495 (lumbar or sacral): first joint level, second
 * level, and one unit for the third and any further levels (CPT), per side. Imaging is part of
 * every code. Labels are our own words.
 */
final class FacetCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("FACET");
  private static final String CPT = "CPT 64490-64495: per joint level per side, fluoroscopy or CT included";
  private static final String CPT_ONCE = CPT + "; the third-and-beyond code is reported once however many levels";

  static final CodeDefinition C64490 = code("64490",
      "Facet joint or medial branch injection, neck or upper back, first level", Region.CERVICAL_THORACIC,
      List.of(), Quantity.PER_LEVEL, OutpatientPriorAuthorization.FACET_INTERVENTIONS, CPT);
  static final CodeDefinition C64491 = code("64491",
      "Facet joint or medial branch injection, neck or upper back, second level", Region.CERVICAL_THORACIC,
      List.of("64490"), Quantity.PER_LEVEL, OutpatientPriorAuthorization.FACET_INTERVENTIONS, CPT);
  static final CodeDefinition C64492 = code("64492",
      "Facet joint or medial branch injection, neck or upper back, third and further levels", Region.CERVICAL_THORACIC,
      List.of("64491"), Quantity.ONCE_PER_SESSION, OutpatientPriorAuthorization.FACET_THIRD_LEVEL, CPT_ONCE);
  static final CodeDefinition C64493 = code("64493",
      "Facet joint or medial branch injection, low back, first level", Region.LUMBAR_SACRAL,
      List.of(), Quantity.PER_LEVEL, OutpatientPriorAuthorization.FACET_INTERVENTIONS, CPT);
  // 64490 as a parent: Medicare's thoracolumbar junction billing (CGS A58364).
  static final CodeDefinition C64494 = code("64494",
      "Facet joint or medial branch injection, low back, second level", Region.LUMBAR_SACRAL,
      List.of("64493", "64490"), Quantity.PER_LEVEL, OutpatientPriorAuthorization.FACET_INTERVENTIONS, CPT);
  static final CodeDefinition C64495 = code("64495",
      "Facet joint or medial branch injection, low back, third and further levels", Region.LUMBAR_SACRAL,
      List.of("64494"), Quantity.ONCE_PER_SESSION, OutpatientPriorAuthorization.FACET_THIRD_LEVEL, CPT_ONCE);

  static final List<CodeDefinition> ALL = List.of(C64490, C64491, C64492, C64493, C64494, C64495);

  private FacetCodes() {}

  private static CodeDefinition code(String code, String label, Region region, List<String> addOnTo,
      Quantity quantity, PriorAuthorization priorAuthorization, String authority) {
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
        .authority(authority)
        .addLevelLimits(FacetJointLcd.TWO_LEVELS)
        .addFrequencyLimits(FacetJointLcd.FOUR_SESSIONS_PER_PURPOSE)
        .addPurposeModifiers(FacetJointLcd.KX_ON_DIAGNOSTIC)
        .addPriorAuthorizations(priorAuthorization)
        .build();
  }
}
