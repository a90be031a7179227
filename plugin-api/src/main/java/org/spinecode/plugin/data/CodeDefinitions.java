package org.spinecode.plugin.data;

import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;

/** Copies a code definition with dates from the code table. */
final class CodeDefinitions {

  private CodeDefinitions() {}

  static CodeDefinition withDates(CodeDefinition d, DatedCode dates) {
    return CodeDefinition.builder()
        .code(d.code()).label(d.label()).family(d.family()).region(d.region())
        .addAllGuidance(d.guidance()).addAllAddOnTo(d.addOnTo()).quantity(d.quantity()).lateral(d.lateral())
        .addAllImagingIncluded(d.imagingIncluded()).authority(d.authority())
        .effectiveFrom(dates.effectiveFrom()).effectiveThrough(dates.effectiveThrough())
        .whenNotInEffect(dates.whenNotInEffect()).datesAuthority(dates.authority())
        .addAllLevelLimits(d.levelLimits()).addAllRegionLimits(d.regionLimits())
        .addAllFrequencyLimits(d.frequencyLimits()).addAllPurposeModifiers(d.purposeModifiers())
        .addAllCoverage(d.coverage()).addAllPriorAuthorizations(d.priorAuthorizations())
        .addAllPrerequisites(d.prerequisites())
        .build();
  }
}
