package org.spinecode.domain.check;

import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.edit.ClaimContext;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.PtpEdit;

/** What explanations are derived from: the encounter, SpineCode's lines and findings, the edits. */
record CheckContext(Encounter encounter, List<ClaimLine> lines, List<Finding> codingFindings,
    List<Finding> editFindings, CodeCatalogue catalogue, ClaimEdits edits, ClaimConventions conventions) {

  Optional<CodeDefinition> code(String code) {
    return catalogue.find(code);
  }

  /** The NCCI pair of these two codes in effect on the date, from the claim's table. */
  Optional<PtpEdit> ptp(String columnOne, String columnTwo) {
    ClaimContext claim = ClaimContext.of(encounter);
    return edits.tables().ptp(claim.table(), columnOne, columnTwo, encounter.dateOfService());
  }

  /** An edit finding of this rule naming every one of these codes. */
  Optional<Finding> edit(String rule, String... codes) {
    for (Finding finding : editFindings) {
      if (finding.rule().equals(rule) && finding.codes().containsAll(List.of(codes))) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }

  /** A WARNING or ERROR of SpineCode's own coding that names the code. */
  Optional<Finding> codingWarning(String code) {
    for (Finding finding : codingFindings) {
      if (finding.severity() != Severity.INFO && finding.codes().contains(code)) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }
}
