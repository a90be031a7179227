package org.spinecode.domain.check;

import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;

/** What explanations are derived from: the encounter, SpineCode's lines and findings, the edits. */
record CheckContext(Encounter encounter, List<ClaimLine> lines, List<Finding> codingFindings,
    List<Finding> editFindings, CodeCatalogue catalogue) {

  Optional<CodeDefinition> code(String code) {
    return catalogue.find(code);
  }

  /** An edit finding of this rule naming every one of these codes. */
  Optional<Finding> edit(String rule, String... codes) {
    return naming(editFindings, rule, codes);
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

  private static Optional<Finding> naming(List<Finding> findings, String rule, String... codes) {
    for (Finding finding : findings) {
      if (finding.rule().equals(rule) && finding.codes().containsAll(List.of(codes))) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }
}
