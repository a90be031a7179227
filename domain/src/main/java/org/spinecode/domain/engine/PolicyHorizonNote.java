package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.ContractorDocuments;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PriorAuthorization;

/**
 * The INFO that a claim's date falls before the first policy the product models for a billed code
 * and the claim's payer: the limits of earlier policy versions are not data here, so such a claim
 * is coded without them and must not read as checked. The rule id names the payer
 * ({@code MEDICARE_POLICY_NOT_MODELLED}). With a Medicare contractor, a rule from a contractor's
 * document set is modelled from that contractor's own LCD date (CONTRACT.md "Jurisdiction");
 * without one, every rule from its own first date. Worked out once per catalogue, keyed by code.
 */
final class PolicyHorizonNote {
  static final String RULE_SUFFIX = "_POLICY_NOT_MODELLED";

  /** Per payer and code, the first date any of its policies applies. */
  private final Map<Payer, Map<String, LocalDate>> firstPolicy = new EnumMap<>(Payer.class);
  /** Per payer and code, the first date a policy applies that no contractor document set governs. */
  private final Map<Payer, Map<String, LocalDate>> firstNational = new EnumMap<>(Payer.class);
  /** Per payer and code, the contractor document sets its policies come from. */
  private final Map<Payer, Map<String, Set<String>>> documentSets = new EnumMap<>(Payer.class);
  /** Per payer, from this date on no code gets the note, whatever the contractor. */
  private final Map<Payer, LocalDate> allModelledFrom = new EnumMap<>(Payer.class);
  private final MedicareContractors contractors;

  PolicyHorizonNote(CodeCatalogue catalogue, MedicareContractors contractors) {
    this.contractors = contractors;
    for (CodeDefinition code : catalogue.codes()) {
      for (PayerPolicy policy : code.policies()) {
        if (policy instanceof PriorAuthorization) {
          // A prior-authorization program starts on its own date with no earlier version: before it
          // nothing was required, so nothing is left unmodelled (OPD facets 2023-07-01, WISeR 2026).
          continue;
        }
        policy.window().from().ifPresent(from -> {
          earliest(firstPolicy, policy.payer(), code.code(), from);
          if (policy.scope().lcd().isEmpty()) {
            earliest(firstNational, policy.payer(), code.code(), from);
          } else {
            documentSets.computeIfAbsent(policy.payer(), p -> new HashMap<>())
                .computeIfAbsent(code.code(), c -> new LinkedHashSet<>()).add(policy.scope().lcd().get());
          }
        });
      }
    }
    LocalDate latestContractor = contractors.all().stream().map(d -> d.window().from().orElse(LocalDate.MIN))
        .max(LocalDate::compareTo).orElse(LocalDate.MIN);
    firstPolicy.forEach((payer, firsts) -> {
      LocalDate latest = firsts.values().stream().max(LocalDate::compareTo).orElseThrow();
      allModelledFrom.put(payer, documentSets.containsKey(payer) && latestContractor.isAfter(latest)
          ? latestContractor : latest);
    });
  }

  private static void earliest(Map<Payer, Map<String, LocalDate>> firsts, Payer payer, String code, LocalDate from) {
    firsts.computeIfAbsent(payer, p -> new HashMap<>()).merge(code, from, (a, b) -> a.isBefore(b) ? a : b);
  }

  void addTo(Encounter encounter, ClaimConvention convention, Contractor contractor, List<Billable> billables,
      List<Finding> findings) {
    LocalDate latest = allModelledFrom.get(encounter.payer());
    LocalDate date = encounter.dateOfService();
    if (latest == null || !date.isBefore(latest)) {
      return;
    }
    boolean byContractor = contractor.jurisdiction().isPresent();
    Map<String, LocalDate> firsts = (byContractor ? firstNational : firstPolicy).getOrDefault(encounter.payer(), Map.of());
    Map<String, Set<String>> sets = documentSets.getOrDefault(encounter.payer(), Map.of());
    Set<String> codes = null;
    LocalDate modelledFrom = null;
    Set<String> documents = null;
    for (int i = 0; i < billables.size(); i++) {
      String code = billables.get(i).code();
      LocalDate first = firsts.get(code);
      if (first != null && date.isBefore(first)) {
        codes = added(codes, code);
        modelledFrom = modelledFrom == null || first.isBefore(modelledFrom) ? first : modelledFrom;
      }
      Set<String> codeSets = byContractor ? sets.get(code) : null;
      if (codeSets != null) {
        for (String set : codeSets) {
          if (contractor.documents(set) == null) {
            codes = added(codes, code);
            documents = added(documents, notInForce(contractor.jurisdiction().get(), set));
          }
        }
      }
    }
    if (codes == null) {
      return;
    }
    List<String> distinct = List.copyOf(codes);
    String from = documents == null ? "are modelled from " + modelledFrom + " (the policies then in force)"
        : "come from " + String.join("; ", documents);
    findings.add(Finding.of(encounter.payer().name() + RULE_SUFFIX, Severity.INFO,
        convention.payerWords() + " policies for " + String.join(", ", distinct) + " " + from
            + "; the earlier versions in force on " + date + " are not modelled, so none of their level, region,"
            + " session or frequency limits was checked",
        distinct, "SpineCode policy tables (policies.csv, medicare-jurisdictions.csv): each payer's policies are"
            + " modelled from the dates their rows give, a Medicare contractor's LCD from its own effective date"
            + " (docs/CODING-RULES.md)"));
  }

  /** The words so far with {@code word} added, made on first use: most claims add none. */
  private static Set<String> added(Set<String> words, String word) {
    Set<String> to = words == null ? new LinkedHashSet<>(2) : words;
    to.add(word);
    return to;
  }

  private String notInForce(MedicareJurisdiction jurisdiction, String set) {
    List<ContractorDocuments> versions = contractors.versions(jurisdiction, set);
    if (versions.isEmpty()) {
      return "no " + set.toLowerCase(java.util.Locale.ROOT) + " LCD of jurisdiction " + jurisdiction
          + " in the loaded jurisdiction table";
    }
    ContractorDocuments first = versions.get(0);
    return first.contractor() + "'s (" + jurisdiction + ") " + set.toLowerCase(java.util.Locale.ROOT) + " LCD "
        + first.lcd() + ", modelled from " + first.window().from().map(LocalDate::toString).orElse("its start");
  }
}
