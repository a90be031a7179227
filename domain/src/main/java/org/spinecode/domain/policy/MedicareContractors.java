package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.UsState;

/**
 * The Medicare jurisdiction table: which Part B jurisdiction serves each state, and each
 * jurisdiction's contractor documents (LCD and billing article per document set, each with the
 * dates of service it governs). Built once from data; immutable.
 */
public final class MedicareContractors {
  private static final MedicareContractors NONE = new MedicareContractors(Map.of(), List.of());

  private final Map<UsState, MedicareJurisdiction> byState;
  private final Map<MedicareJurisdiction, Map<String, List<ContractorDocuments>>> documents =
      new EnumMap<>(MedicareJurisdiction.class);
  private final List<ContractorDocuments> all;

  private MedicareContractors(Map<UsState, MedicareJurisdiction> byState, List<ContractorDocuments> documents) {
    this.byState = Map.copyOf(byState);
    this.all = List.copyOf(documents);
    for (ContractorDocuments doc : documents) {
      List<ContractorDocuments> versions = this.documents
          .computeIfAbsent(doc.jurisdiction(), j -> new HashMap<>())
          .computeIfAbsent(doc.lcdSet(), s -> new ArrayList<>());
      for (ContractorDocuments other : versions) {
        if (overlap(other.window(), doc.window()) && !other.equals(doc)) {
          throw new IllegalArgumentException(doc.jurisdiction() + " " + doc.lcdSet() + ": " + doc.lcd() + " ("
              + doc.window() + ") overlaps " + other.lcd() + " (" + other.window() + ")");
        }
      }
      if (!versions.contains(doc)) {
        versions.add(doc);
      }
    }
  }

  /**
   * @throws IllegalArgumentException when two documents of one jurisdiction and set govern the same date
   */
  public static MedicareContractors of(Map<UsState, MedicareJurisdiction> byState, List<ContractorDocuments> documents) {
    return new MedicareContractors(byState, documents);
  }

  /** No table: no contractor is ever known. */
  public static MedicareContractors none() {
    return NONE;
  }

  public Optional<MedicareJurisdiction> jurisdictionOf(UsState state) {
    return Optional.ofNullable(byState.get(state));
  }

  /** The contractor's document of this set governing the date of service, if its LCD is in force then. */
  public Optional<ContractorDocuments> inForce(MedicareJurisdiction jurisdiction, String lcdSet, LocalDate date) {
    Map<String, List<ContractorDocuments>> sets = documents.get(jurisdiction);
    List<ContractorDocuments> versions = sets == null ? null : sets.get(lcdSet);
    if (versions != null) {
      for (int i = 0; i < versions.size(); i++) {
        if (versions.get(i).window().contains(date)) {
          return Optional.of(versions.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /** The jurisdiction's documents of a set, every version, oldest first. */
  public List<ContractorDocuments> versions(MedicareJurisdiction jurisdiction, String lcdSet) {
    Map<String, List<ContractorDocuments>> sets = documents.get(jurisdiction);
    List<ContractorDocuments> versions = new ArrayList<>(sets == null ? List.of() : sets.getOrDefault(lcdSet, List.of()));
    versions.sort((a, b) -> a.window().start().compareTo(b.window().start()));
    return versions;
  }

  /** Every document of the table, in its order. */
  public List<ContractorDocuments> all() {
    return all;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  private static boolean overlap(DateRange a, DateRange b) {
    return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }
}
