package org.spinecode.plugin.data;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.spine.Region;

/**
 * One row of a family's code table as the table says it, before the data in force resolves it:
 * the policies are still ids, and the dates are the family's own if its table gives any. The host
 * resolves every family's rows once ({@link #resolve}) against the policy table in force and the
 * product's code dates.
 */
@Value.Immutable
public abstract class CodeRow {

  public abstract String code();

  /** Our own plain-language words; never AMA descriptor text. */
  public abstract String label();

  public abstract ProcedureFamily family();

  public abstract Region region();

  public abstract Set<Guidance> guidance();

  public abstract List<String> addOnTo();

  public abstract Quantity quantity();

  public abstract boolean lateral();

  public abstract List<String> imagingIncluded();

  public abstract String authority();

  /** Ids of policy rows, looked up in the product's policy table in force, then the family's own tables. */
  public abstract List<String> policyIds();

  /** The family's own dates for the code; empty when the product's code table dates it. */
  public abstract Optional<DateRange> dates();

  public abstract Optional<String> whenNotInEffect();

  /** The file and line the row came from, for errors. */
  public abstract String origin();

  /**
   * The code's definition: each policy id found by {@code policies}, the row's own dates, else
   * {@code productDates}'.
   *
   * @throws DataLoadException naming the row when a policy id is in no table
   */
  public CodeDefinition resolve(Function<String, Optional<PayerPolicy>> policies, Optional<DatedCode> productDates) {
    CodeDefinition.Builder definition = CodeDefinition.builder()
        .code(code()).label(label()).family(family()).region(region()).addAllGuidance(guidance())
        .addAllAddOnTo(addOnTo()).quantity(quantity()).lateral(lateral()).addAllImagingIncluded(imagingIncluded())
        .authority(authority());
    if (dates().isPresent()) {
      definition.dates(dates().get()).whenNotInEffect(whenNotInEffect()).datesAuthority(authority());
    } else if (productDates.isPresent()) {
      DatedCode dated = productDates.get();
      definition.dates(dated.dates()).whenNotInEffect(dated.whenNotInEffect()).datesAuthority(dated.authority());
    }
    for (String id : policyIds()) {
      definition.addPolicies(policies.apply(id).orElseThrow(() -> new DataLoadException(origin(),
          "policy " + id + " of code " + code() + " is in no policy table in force")));
    }
    try {
      return definition.build();
    } catch (RuntimeException e) {
      throw new DataLoadException(origin(), "code " + code() + " cannot be defined: "
          + (e instanceof org.spinecode.domain.InvalidInputException invalid ? invalid.reason() : "a value is missing"));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodeRow}. */
  public static final class Builder extends ImmutableCodeRow.Builder {}
}
