package org.spinecode.rest.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.policy.ContractorDocuments;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.domain.policy.PolicyScope;

/**
 * What a code means in our words, how it is counted, the dates it is in effect, its fee-schedule
 * bilateral indicator, and every policy that applies to it with its authority: the content of
 * {@code spinecode codes}, {@code spinecode explain} and {@code GET /v1/codes}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CodeExplanation(
    String code,
    String status,
    String label,
    String family,
    String region,
    List<String> guidance,
    List<String> addOnTo,
    List<String> addOns,
    String units,
    String bilateral,
    List<String> imagingIncluded,
    String authority,
    List<PolicyView> policies,
    String effectiveFrom,
    String effectiveThrough,
    String datesAuthority,
    Integer feeScheduleBilateralIndicator,
    String feeScheduleBilateral,
    List<ContractorView> contractors) {

  /**
   * One payer policy on the code; {@code lcd} names the Medicare contractor document set it comes
   * from (EPIDURAL, FACET), whose per-contractor documents and dates are in {@code contractors}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PolicyView(String kind, String payer, String rule, String detail,
      String effectiveFrom, String effectiveUntil, String authority, String lcd, List<String> states,
      String program) {}

  /** One Medicare contractor's LCD and billing article governing the code's policies, with its dates. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ContractorView(String jurisdiction, String contractor, String lcdSet, String lcd, String article,
      String effectiveFrom, String effectiveUntil, String confidence, String note) {}

  /** As {@link #of(String, CodeCatalogue, EditTables, MedicareContractors)} without fee-schedule indicators or contractors. */
  public static Optional<CodeExplanation> of(String code, CodeCatalogue catalogue) {
    return of(code, catalogue, EditTables.empty(), MedicareContractors.none());
  }

  /**
   * The explanation of an installed code, or of a number the product's code table knows (a deleted
   * code, one that never existed, bundled imaging, a neighbour no installed family bills), with the
   * fee-schedule bilateral indicator {@code data} has for it.
   */
  public static Optional<CodeExplanation> of(String code, CodeCatalogue catalogue, EditTables data,
      MedicareContractors contractors) {
    String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    Optional<CodeDefinition> definition = catalogue.find(key);
    if (definition.isPresent()) {
      return Optional.of(of(definition.get(), catalogue, data, contractors));
    }
    return catalogue.entry(key).map(entry -> {
      Optional<Integer> indicator = data.bilateralIndicator(entry.code());
      return new CodeExplanation(entry.code(), status(entry), note(entry), null, null, List.of(), List.of(),
          List.of(), null, null, List.of(), entry.authority(), List.of(), from(entry.dates()),
          through(entry.dates()), null, indicator.orElse(null),
          indicator.map(i -> FeeScheduleWords.bilateral(i, data)).orElse(null), List.of());
    });
  }

  /** ACTIVE is an installed family's code; the code table says what every other number is. */
  private static String status(DatedCode entry) {
    if (entry.status() != DatedCode.Status.CODE) {
      return entry.status().name();
    }
    return entry.deleted() ? "DELETED" : "NOT_INSTALLED";
  }

  /** Such as "Deleted 2022-01-01: Epidurography (old code); no separate code ...": what a coder reads first. */
  private static String note(DatedCode entry) {
    String advice = entry.whenNotInEffect().map(words -> "; " + words).orElse("");
    return switch (entry.status()) {
      case NOT_A_CODE -> entry.note().orElse(entry.label()) + advice;
      case BUNDLED_IMAGING -> entry.label() + entry.note().map(note -> ": " + note).orElse("");
      case CODE -> entry.deleted()
          ? "Deleted " + entry.dates().until().orElseThrow() + ": " + entry.label() + advice
          : entry.label() + ": no installed family bills it" + entry.note().map(note -> "; " + note).orElse("");
    };
  }

  private static String from(DateRange dates) {
    return dates.from().map(LocalDate::toString).orElse(null);
  }

  private static String through(DateRange dates) {
    return dates.lastDay().map(LocalDate::toString).orElse(null);
  }

  /** As {@link #of(CodeDefinition, CodeCatalogue, EditTables, MedicareContractors)} without indicators or contractors. */
  public static CodeExplanation of(CodeDefinition code, CodeCatalogue catalogue) {
    return of(code, catalogue, EditTables.empty(), MedicareContractors.none());
  }

  /** A code's explanation, with each Medicare contractor's documents for the policies it carries. */
  public static CodeExplanation of(CodeDefinition code, CodeCatalogue catalogue, EditTables data,
      MedicareContractors contractors) {
    List<String> guidance = new ArrayList<>();
    for (Guidance g : code.guidance()) {
      guidance.add(g.name());
    }
    List<String> addOns = new ArrayList<>();
    for (CodeDefinition addOn : catalogue.addOnsOf(code.code())) {
      addOns.add(addOn.code());
    }
    Optional<Integer> indicator = data.bilateralIndicator(code.code());
    List<PolicyView> policies = new ArrayList<>();
    for (PayerPolicy policy : code.policies()) {
      policies.add(view(policy));
    }
    return new CodeExplanation(code.code(), "ACTIVE", code.label(), code.family().name(),
        code.region().name(), guidance, code.addOnTo(), addOns,
        counting(code), laterality(code),
        code.imagingIncluded(), code.authority(), policies,
        from(code.dates()), through(code.dates()), code.datesAuthority().orElse(null),
        indicator.orElse(null), indicator.map(i -> FeeScheduleWords.bilateral(i, data)).orElse(null),
        contractors(code, contractors));
  }

  /** Every contractor's documents of the document sets the code's policies come from, by set, then table order. */
  private static List<ContractorView> contractors(CodeDefinition code, MedicareContractors contractors) {
    List<String> sets = code.policies().stream().flatMap(p -> p.scope().lcd().stream()).distinct().toList();
    List<ContractorView> views = new ArrayList<>();
    for (String set : sets) {
      for (ContractorDocuments doc : contractors.all()) {
        if (doc.lcdSet().equals(set)) {
          views.add(new ContractorView(doc.jurisdiction().name(), doc.contractor(), doc.lcdSet(), doc.lcd(),
              doc.article(), from(doc.window()), doc.window().until().map(LocalDate::toString).orElse(null),
              doc.confidence().name(), doc.note()));
        }
      }
    }
    return views;
  }

  /** How units count, in the contract's words (docs/CODING-RULES.md, "Levels and sides"). */
  private static String counting(CodeDefinition code) {
    if (!code.lateral()) {
      return "one unit per region per day, however many levels or injections";
    }
    return code.quantity() == Quantity.PER_LEVEL
        ? "one unit per level; a level done on both sides is one level"
        : "one unit for the third and every further level together, carrying every side done among them";
  }

  private static String laterality(CodeDefinition code) {
    return code.lateral()
        ? "modifier 50 (one unit) for a level done on both sides, RT or LT for one side; never 50 across"
            + " two levels (RT/LT lines or two units on Medicare ASC facility claims)"
        : "no laterality: neither 50 nor RT/LT (fee-schedule bilateral indicator 9)";
  }

  private static PolicyView view(PayerPolicy policy) {
    String rule = policy.findingRule().isEmpty() ? null : policy.findingRule();
    PolicyScope scope = policy.scope();
    return new PolicyView(policy.kind(), policy.payer().name(), rule, policy.summary(), from(policy.window()),
        policy.window().until().map(LocalDate::toString).orElse(null), policy.authority(), scope.lcd().orElse(null),
        scope.states().isEmpty() ? null : scope.states().stream().map(Enum::name).sorted().toList(),
        scope.program().orElse(null));
  }
}
