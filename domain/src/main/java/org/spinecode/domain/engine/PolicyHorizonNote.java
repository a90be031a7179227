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
import org.spinecode.domain.policy.PayerPolicy;

/**
 * The INFO that a Medicare claim's date falls before the first Medicare policy the product models
 * for a billed code (the 2021 LCDs): the limits of earlier LCD versions are not data here, so such
 * a claim is coded without them and must not read as checked. Worked out once per catalogue.
 */
final class PolicyHorizonNote {
  static final String RULE = "MEDICARE_POLICY_NOT_MODELLED";

  /**
   * Keyed by code, not by definition: a family's coder may hand back its own copy of a code's
   * definition (the dated codes 62320-62327 and 0228T-0231T are such copies), and the note must
   * still find it.
   */
  private final Map<String, LocalDate> firstMedicarePolicy = new HashMap<>();
  /** The latest of those first policies: from this date on, no code gets the note. Null when none. */
  private final LocalDate allModelledFrom;

  PolicyHorizonNote(CodeCatalogue catalogue) {
    for (CodeDefinition code : catalogue.codes()) {
      for (PayerPolicy policy : code.policies()) {
        if (policy.payer() == Payer.MEDICARE) {
          firstMedicarePolicy.merge(code.code(), policy.effectiveFrom(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    LocalDate latest = null;
    for (LocalDate first : firstMedicarePolicy.values()) {
      latest = latest == null || first.isAfter(latest) ? first : latest;
    }
    this.allModelledFrom = latest;
  }

  void addTo(Encounter encounter, List<Billable> billables, List<Finding> findings) {
    if (encounter.payer() != Payer.MEDICARE || allModelledFrom == null
        || !encounter.dateOfService().isBefore(allModelledFrom)) {
      return;
    }
    List<String> codes = new ArrayList<>(2);
    LocalDate modelledFrom = null;
    for (Billable billable : billables) {
      LocalDate first = firstMedicarePolicy.get(billable.code());
      if (first != null && encounter.dateOfService().isBefore(first) && !codes.contains(billable.code())) {
        codes.add(billable.code());
        modelledFrom = modelledFrom == null || first.isBefore(modelledFrom) ? first : modelledFrom;
      }
    }
    if (codes.isEmpty()) {
      return;
    }
    findings.add(Finding.of(RULE, Severity.INFO,
        "Medicare policies for " + String.join(", ", codes) + " are modelled from " + modelledFrom
            + " (the LCDs then in force); the earlier LCD versions in force on " + encounter.dateOfService()
            + " are not modelled, so no Medicare level, region, session or frequency limit was checked",
        codes, "SpineCode policy tables: Medicare LCDs modelled from their 2021 versions (docs/CODING-RULES.md)"));
  }
}
