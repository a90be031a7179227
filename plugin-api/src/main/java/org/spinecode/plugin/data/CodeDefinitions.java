package org.spinecode.plugin.data;

import java.util.List;
import java.util.function.UnaryOperator;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.policy.PayerPolicy;

/** Copies a code definition with dates from the code table, or with rows of another policy table. */
final class CodeDefinitions {

  private CodeDefinitions() {}

  static CodeDefinition withDates(CodeDefinition d, DatedCode dates) {
    return copy(d, UnaryOperator.identity()).effectiveFrom(dates.effectiveFrom())
        .effectiveThrough(dates.effectiveThrough()).whenNotInEffect(dates.whenNotInEffect())
        .datesAuthority(dates.authority()).build();
  }

  /** {@code swap} gives each policy's replacement, or the policy itself. */
  static CodeDefinition withPolicies(CodeDefinition d, UnaryOperator<PayerPolicy> swap) {
    return copy(d, swap).effectiveFrom(d.effectiveFrom()).effectiveThrough(d.effectiveThrough())
        .whenNotInEffect(d.whenNotInEffect()).datesAuthority(d.datesAuthority()).build();
  }

  /** Everything but the dates. */
  private static CodeDefinition.Builder copy(CodeDefinition d, UnaryOperator<PayerPolicy> swap) {
    return CodeDefinition.builder()
        .code(d.code()).label(d.label()).family(d.family()).region(d.region())
        .addAllGuidance(d.guidance()).addAllAddOnTo(d.addOnTo()).quantity(d.quantity()).lateral(d.lateral())
        .addAllImagingIncluded(d.imagingIncluded()).authority(d.authority())
        .addAllLevelLimits(each(d.levelLimits(), swap)).addAllRegionLimits(each(d.regionLimits(), swap))
        .addAllFrequencyLimits(each(d.frequencyLimits(), swap)).addAllPurposeModifiers(each(d.purposeModifiers(), swap))
        .addAllCoverage(each(d.coverage(), swap)).addAllPriorAuthorizations(each(d.priorAuthorizations(), swap))
        .addAllPrerequisites(each(d.prerequisites(), swap));
  }

  @SuppressWarnings("unchecked")
  private static <T extends PayerPolicy> List<T> each(List<T> policies, UnaryOperator<PayerPolicy> swap) {
    return policies.stream().map(p -> (T) swap.apply(p)).toList();
  }
}
