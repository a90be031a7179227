package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.PayerPolicy;

/**
 * The INFO that a claim's date falls before the first policy the product models for a billed code
 * and the claim's payer (for Medicare, the 2021 LCDs): the limits of earlier policy versions are not
 * data here, so such a claim is coded without them and must not read as checked. The rule id names
 * the payer ({@code MEDICARE_POLICY_NOT_MODELLED}). Worked out once per catalogue, keyed by code.
 */
final class PolicyHorizonNote {
  static final String RULE_SUFFIX = "_POLICY_NOT_MODELLED";

  /** Per payer, the first date any policy of each code applies. */
  private final Map<Payer, Map<String, LocalDate>> firstPolicy = new HashMap<>();
  /** Per payer, the latest of those first dates: from it on, no code gets the note. */
  private final Map<Payer, LocalDate> allModelledFrom = new HashMap<>();

  PolicyHorizonNote(CodeCatalogue catalogue) {
    for (CodeDefinition code : catalogue.codes()) {
      for (PayerPolicy policy : code.policies()) {
        policy.window().from().ifPresent(from -> firstPolicy
            .computeIfAbsent(policy.payer(), p -> new HashMap<>())
            .merge(code.code(), from, (a, b) -> a.isBefore(b) ? a : b));
      }
    }
    firstPolicy.forEach((payer, firsts) -> allModelledFrom.put(payer,
        firsts.values().stream().max(LocalDate::compareTo).orElseThrow()));
  }

  void addTo(Encounter encounter, ClaimConvention convention, List<Billable> billables, List<Finding> findings) {
    LocalDate latest = allModelledFrom.get(encounter.payer());
    if (latest == null || !encounter.dateOfService().isBefore(latest)) {
      return;
    }
    Map<String, LocalDate> firsts = firstPolicy.get(encounter.payer());
    List<String> codes = new ArrayList<>(2);
    LocalDate modelledFrom = null;
    for (Billable billable : billables) {
      LocalDate first = firsts.get(billable.code());
      if (first != null && encounter.dateOfService().isBefore(first) && !codes.contains(billable.code())) {
        codes.add(billable.code());
        modelledFrom = modelledFrom == null || first.isBefore(modelledFrom) ? first : modelledFrom;
      }
    }
    if (codes.isEmpty()) {
      return;
    }
    findings.add(Finding.of(encounter.payer().name() + RULE_SUFFIX, Severity.INFO,
        convention.payerWords() + " policies for " + String.join(", ", codes) + " are modelled from " + modelledFrom
            + " (the policies then in force); the earlier versions in force on " + encounter.dateOfService()
            + " are not modelled, so none of their level, region, session or frequency limits was checked",
        codes, "SpineCode policy tables (policies.csv): each payer's policies are modelled from the dates their rows"
            + " give, Medicare's LCDs from their 2021 versions (docs/CODING-RULES.md)"));
  }
}
