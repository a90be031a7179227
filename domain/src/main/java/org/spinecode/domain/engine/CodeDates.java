package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.catalogue.CodeDefinition;

/**
 * A code is billed only on dates it is in effect (docs/CONTRACT.md, CODE_NOT_IN_EFFECT): a service
 * whose code is not in effect gets no line, and one ERROR per code and session says what to report
 * instead, from the code table. Checked centrally, after the family coder, so no family needs to.
 */
final class CodeDates {

  private CodeDates() {}

  /** Adds the refusal for a service's code, once per code, to {@code findings} (created on first use). */
  static List<Finding> refuse(CodeDefinition definition, LocalDate date, List<Finding> findings) {
    List<Finding> refusals = findings == null ? new ArrayList<>(1) : findings;
    String code = definition.code();
    for (Finding refusal : refusals) {
      if (refusal.codes().contains(code)) {
        return refusals;
      }
    }
    DatedCode dated = definition.dated();
    refusals.add(Finding.of(RuleIds.CODE_NOT_IN_EFFECT, Severity.ERROR,
        dated.notInEffectWords(date) + "; no line was produced for it", List.of(code), dated.authority()));
    return refusals;
  }
}
