package org.spinecode.domain.catalogue;

import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PrerequisiteSessions;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.RegionLimit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.spine.Region;

/**
 * Everything the engine needs to know about one code, declared by the plugin that contributes it:
 * our own label, region, add-on parents, how units count, whether it takes sides, the imaging it
 * includes, and the payer policies that apply to it.
 */
@Value.Immutable
public abstract class CodeDefinition {

  /** The CPT or Category III code, such as {@code 64483} or {@code 0230T}. */
  public abstract String code();

  /** Our own plain-language words; never AMA descriptor text. */
  public abstract String label();

  public abstract ProcedureFamily family();

  public abstract Region region();

  /** The guidance this code describes, for explanations. */
  public abstract Set<Guidance> guidance();

  /** The primary codes this add-on is reported with; empty for a primary code. */
  public abstract List<String> addOnTo();

  public abstract Quantity quantity();

  /**
   * True when the code is done on one side and takes RT/LT or 50 (MPFS bilateral indicator 1);
   * false for codes that cover the spine as a whole (bilateral indicator 0).
   */
  public abstract boolean lateral();

  /** Imaging codes bundled into this one and never billed beside it, such as 77003. */
  public abstract List<String> imagingIncluded();

  /** Where the code and its counting convention come from (CPT, CPT Assistant). */
  public abstract String authority();

  /**
   * The first date of service the code is in effect; empty when it was in effect before the
   * earliest date SpineCode supports (2017-01-01).
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /** The last date of service the code is in effect (inclusive); empty while it is in effect. */
  public abstract Optional<LocalDate> effectiveThrough();

  /**
   * What to report instead on a date the code is not in effect, in our own words, such as "no
   * specific code; CPT's route is the unlisted code 64999".
   */
  public abstract Optional<String> whenNotInEffect();

  /** Where the dates come from (CMS fee-schedule files, CPT code set changes). */
  public abstract Optional<String> datesAuthority();

  /** True when a claim for this date of service may carry the code. */
  public boolean inEffectOn(LocalDate dateOfService) {
    return (effectiveFrom().isEmpty() || !dateOfService.isBefore(effectiveFrom().get()))
        && (effectiveThrough().isEmpty() || !dateOfService.isAfter(effectiveThrough().get()));
  }

  public abstract List<LevelLimit> levelLimits();

  public abstract List<RegionLimit> regionLimits();

  public abstract List<FrequencyLimit> frequencyLimits();

  public abstract List<PurposeModifier> purposeModifiers();

  public abstract List<CoverageRule> coverage();

  public abstract List<PriorAuthorization> priorAuthorizations();

  public abstract List<PrerequisiteSessions> prerequisites();

  /** Every policy declared on the code, of every kind, in a fixed order. */
  public List<PayerPolicy> policies() {
    List<PayerPolicy> policies = new ArrayList<>();
    policies.addAll(levelLimits());
    policies.addAll(regionLimits());
    policies.addAll(frequencyLimits());
    policies.addAll(purposeModifiers());
    policies.addAll(coverage());
    policies.addAll(priorAuthorizations());
    policies.addAll(prerequisites());
    return policies;
  }

  public boolean isAddOn() {
    return !addOnTo().isEmpty();
  }

  @Value.Check
  protected void check() {
    if (code().isBlank() || label().isBlank() || authority().isBlank()) {
      throw new InvalidInputException("code", "a code definition needs a code, a label and an authority");
    }
  }

  @Override
  public String toString() {
    return code();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCodeDefinition.Builder {}
}
