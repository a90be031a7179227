package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.Optional;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.policy.ContractorDocuments;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PolicyScreen;

/**
 * The encounter's Medicare contractor, when the encounter says where the service was performed
 * (CONTRACT.md "Jurisdiction"): its jurisdiction ({@code medicareJurisdiction}, else the state's),
 * and for each document set the LCD and billing article governing the date of service. A rule
 * scoped to a document set holds from that contractor's own LCD date and cites its documents;
 * without a jurisdiction the rules every contractor shares hold from their own dates.
 */
final class Contractor {
  private static final Contractor NONE = new Contractor(null, null, MedicareContractors.none(), null);

  private final MedicareJurisdiction jurisdiction;
  private final UsState state;
  private final MedicareContractors table;
  private final LocalDate date;
  /** The state and jurisdiction as {@link PolicyScreen#bit}s, 0 where not known. */
  final long stateBit;
  final long jurisdictionBit;
  /** The last document set looked up and its answer: an encounter asks about one or two sets. */
  private String lastSet;
  private ContractorDocuments lastDocuments;

  private Contractor(MedicareJurisdiction jurisdiction, UsState state, MedicareContractors table, LocalDate date) {
    this.jurisdiction = jurisdiction;
    this.state = state;
    this.table = table;
    this.date = date;
    this.stateBit = PolicyScreen.bit(state);
    this.jurisdictionBit = PolicyScreen.bit(jurisdiction);
  }

  static Contractor of(Encounter encounter, MedicareContractors table) {
    if (encounter.payer() != Payer.MEDICARE && encounter.state().isEmpty()) {
      return NONE;
    }
    UsState state = encounter.state().orElse(null);
    MedicareJurisdiction jurisdiction = table.jurisdictionFor(encounter).orElse(null);
    return jurisdiction == null && state == null ? NONE : new Contractor(jurisdiction, state, table, encounter.dateOfService());
  }

  Optional<MedicareJurisdiction> jurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  Optional<UsState> state() {
    return Optional.ofNullable(state);
  }

  /**
   * True when a rule from the document set {@code lcd} (null: a national rule) holds for this
   * contractor on the date of service: its LCD is in force here, or no jurisdiction is known.
   */
  boolean allowsDocuments(String lcd) {
    return lcd == null || jurisdiction == null || documents(lcd) != null;
  }

  /** The rule's authority, led by this contractor's own documents when the rule comes from its LCD. */
  String cite(PayerPolicy policy) {
    Optional<String> set = policy.scope().lcd();
    ContractorDocuments documents = set.isEmpty() || jurisdiction == null ? null : documents(set.get());
    return documents == null ? policy.authority() : documents.citation() + ": " + policy.authority();
  }

  /** The contractor's documents of a set in force on the date of service, or null. */
  ContractorDocuments documents(String lcdSet) {
    if (!lcdSet.equals(lastSet)) {
      lastSet = lcdSet;
      lastDocuments = jurisdiction == null ? null : table.inForce(jurisdiction, lcdSet, date).orElse(null);
    }
    return lastDocuments;
  }
}
