package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.policy.PtpEdit;

/**
 * Why a billed code is not on SpineCode's claim: not in effect, imaging included in a code that
 * is billed, nerves counted as levels, another family; else only what differs.
 */
final class UnexpectedCode {
  private UnexpectedCode() {}

  static Explanation explain(CheckContext context, BilledLine billed, List<String> missingCodes) {
    String code = billed.code();
    Optional<DatedCode> dated = context.edits().datedCode(code);
    LocalDate date = context.encounter().dateOfService();
    if (dated.isPresent() && !dated.get().inEffectOn(date)) {
      return notInEffect(dated.get(), date, missingCodes);
    }
    for (ClaimLine line : context.lines()) {
      Optional<CodeDefinition> including = context.code(line.code());
      if (including.isPresent() && including.get().imagingIncluded().contains(code)) {
        return imagingIncluded(context, code, including.get());
      }
    }
    Optional<Explanation> nerves = NervesCountedAsLevels.explain(context, code, code + " is not supported");
    if (nerves.isPresent()) {
      return nerves.get();
    }
    Optional<CodeDefinition> definition = context.code(code);
    Optional<Explanation> levels = definition.flatMap(d -> LevelsCounted.explain(context, d, code + " ("
        + d.label() + ") is beyond them"));
    if (levels.isPresent()) {
      return levels.get();
    }
    if (definition.isEmpty()) {
      return new Explanation("the claim bills " + code + "; SpineCode codes no such line for this encounter ("
          + code + " is outside the installed families)", Explanation.CODED);
    }
    return new Explanation("the claim bills " + code + " (" + definition.get().label() + "); SpineCode codes no "
        + code + " line for what the encounter describes", definition.get().authority());
  }

  private static Explanation notInEffect(DatedCode dated, LocalDate date, List<String> missingCodes) {
    String advice = !missingCodes.isEmpty() ? "report " + String.join(", ", missingCodes)
        : dated.whenNotInEffect().orElse("SpineCode bills no line in its place");
    if (dated.dates().endedBy(date)) {
      return new Explanation(dated.code() + " was deleted on " + dated.dates().until().orElseThrow() + "; "
          + advice, dated.authority());
    }
    return new Explanation(dated.notInEffectWords(date) + (missingCodes.isEmpty() ? "" : "; " + advice),
        dated.authority());
  }

  private static Explanation imagingIncluded(CheckContext context, String imaging, CodeDefinition including) {
    Optional<PtpEdit> pair = context.ptp(including.code(), imaging);
    if (pair.isPresent()) {
      return new Explanation(imaging + " is included in " + including.code() + " (NCCI PTP, modifier indicator "
          + pair.get().modifierIndicator() + "): its imaging guidance is part of the code",
          context.edit(RuleIds.NCCI_PTP_EDIT, including.code(), imaging).map(Finding::source)
              .orElse("CMS NCCI procedure-to-procedure edits") + "; " + including.authority());
    }
    return new Explanation(imaging + " is included in " + including.code() + ": its imaging guidance is part of the code",
        including.authority());
  }
}
