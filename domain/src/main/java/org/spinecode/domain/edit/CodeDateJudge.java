package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;

/** {@code CODE_NOT_IN_EFFECT} and {@code NOT_JUDGED}: billed codes out of their dates or unknown to every table. */
final class CodeDateJudge {
  private final Map<String, DatedCode> dated;

  CodeDateJudge(Map<String, DatedCode> dated) {
    this.dated = dated;
  }

  void judge(LocalDate date, ClaimCodes claim, List<Finding> findings) {
    for (CodeLines lines : claim.codes()) {
      claim.step();
      DatedCode code = dated.get(lines.code);
      if (code != null && !code.inEffectOn(date)) {
        findings.add(Finding.of(RuleIds.CODE_NOT_IN_EFFECT, Severity.ERROR, code.notInEffectWords(date),
            List.of(code.code()), code.authority()));
      } else if (code == null && lines.entry == null) {
        findings.add(Finding.of(RuleIds.NOT_JUDGED, Severity.INFO, lines.code
            + " is in none of the loaded code, NCCI or MUE tables, so no edit judged it", List.of(lines.code),
            "SpineCode reference data (spinecode data)"));
      }
    }
  }
}
