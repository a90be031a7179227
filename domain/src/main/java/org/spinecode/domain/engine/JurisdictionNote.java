package org.spinecode.domain.engine;

import java.util.List;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.policy.MedicareContractors;

/**
 * The INFO {@code JURISDICTION_NOT_GIVEN} for a Medicare encounter whose contractor is not known
 * (no {@code state} or {@code medicareJurisdiction}, or a state the jurisdiction table does not
 * map): the rules every contractor shares were applied from their earliest dates, citing no
 * contractor's documents (CONTRACT.md "Jurisdiction").
 */
final class JurisdictionNote {
  static final String RULE = "JURISDICTION_NOT_GIVEN";
  private static final String SOURCE = "SpineCode Medicare jurisdiction table (medicare-jurisdictions.csv);"
      + " CMS A/B MAC jurisdictions";
  private static final Finding NOT_GIVEN = Finding.of(RULE, Severity.INFO, "No state or medicareJurisdiction was"
      + " given, so no Medicare contractor's LCDs, billing articles and effective dates were chosen: the rules every"
      + " contractor shares were applied from their earliest dates; give the state where the service was performed"
      + " (medicareJurisdiction for Northern Virginia, JL) to apply the contractor's own", List.of(), SOURCE);

  private JurisdictionNote() {}

  static void addTo(Encounter encounter, Contractor contractor, MedicareContractors contractors, List<Finding> findings) {
    if (encounter.payer() != Payer.MEDICARE || contractors.isEmpty() || contractor.jurisdiction().isPresent()) {
      return;
    }
    if (contractor.state().isEmpty()) {
      findings.add(NOT_GIVEN);
    } else {
      findings.add(Finding.of(RULE, Severity.INFO, "The jurisdiction table names no Medicare contractor for "
          + contractor.state().get() + ", so no contractor's LCDs, billing articles and effective dates were chosen:"
          + " the rules every contractor shares were applied from their earliest dates; give medicareJurisdiction",
          List.of(), SOURCE));
    }
  }
}
