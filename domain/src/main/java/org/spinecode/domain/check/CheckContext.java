package org.spinecode.domain.check;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
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

  /**
   * True when SpineCode's lines show {@code code} done on both sides at one of {@code levels}: a
   * line with 50, an unsided line of two or more units, or an RT and an LT line sharing a level.
   */
  boolean bothSides(String code, List<String> levels) {
    boolean right = false;
    boolean left = false;
    for (ClaimLine line : lines) {
      if (!line.code().equals(code) || Collections.disjoint(line.levels(), levels)) {
        continue;
      }
      List<Modifier> modifiers = line.modifiers();
      boolean sided = modifiers.contains(Modifier.RIGHT) || modifiers.contains(Modifier.LEFT);
      if (modifiers.contains(Modifier.BILATERAL) || !sided && line.units() >= 2) {
        return true;
      }
      right |= modifiers.contains(Modifier.RIGHT);
      left |= modifiers.contains(Modifier.LEFT);
    }
    return right && left;
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
