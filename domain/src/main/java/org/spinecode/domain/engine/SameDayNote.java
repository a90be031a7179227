package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.ProcedureFamily;

/**
 * The INFO the contract promises for an epidural (interlaminar or transforaminal) and a facet
 * injection on the same date: NCCI has no procedure-to-procedure edit between these code
 * families, so both are reported, and the record has to show each one's own indication. It
 * depends only on the code definitions billed, so {@link CodeNotes} keeps it per combination.
 */
final class SameDayNote {
  static final String RULE = "EPIDURAL_AND_FACET_SAME_DAY";
  private static final Set<ProcedureFamily> EPIDURAL =
      Set.of(ProcedureFamily.of("INTERLAMINAR"), ProcedureFamily.of("TRANSFORAMINAL"));
  private static final ProcedureFamily FACET = ProcedureFamily.of("FACET");

  private SameDayNote() {}

  /** The note for the billed definitions (distinct, first-seen order), or null when it does not apply. */
  static Finding note(List<CodeDefinition> billed) {
    List<String> epidural = new ArrayList<>(2);
    List<String> facet = new ArrayList<>(2);
    for (CodeDefinition code : billed) {
      ProcedureFamily family = code.family();
      List<String> codes = EPIDURAL.contains(family) ? epidural : family.equals(FACET) ? facet : null;
      if (codes != null && !codes.contains(code.code())) {
        codes.add(code.code());
      }
    }
    if (epidural.isEmpty() || facet.isEmpty()) {
      return null;
    }
    List<String> codes = new ArrayList<>(epidural);
    codes.addAll(facet);
    return Finding.of(RULE, Severity.INFO,
        "An epidural (" + String.join(", ", epidural) + ") and a facet injection (" + String.join(", ", facet)
            + ") on the same date: NCCI has no edit between them, so both are reported; the record must"
            + " show a separate indication for each, as payers review same-day epidural and facet work",
        codes, "NCCI practitioner PTP 2024Q3 (no pair between 62320-62327/64479-64484 and 64490-64495);"
            + " CONTRACT.md v2");
  }
}
