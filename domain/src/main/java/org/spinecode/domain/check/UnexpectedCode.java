package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
    Optional<Explanation> route = routeNamed(context, code);
    if (route.isPresent()) {
      return route.get();
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

  /**
   * The billed code is the route SpineCode's own refusal names for a service whose code is not in
   * effect (an ultrasound-guided transforaminal injection after 2020 goes to the unlisted 64999):
   * the claim follows that route, and SpineCode has no line to compare it with.
   */
  private static Optional<Explanation> routeNamed(CheckContext context, String code) {
    for (Finding finding : context.codingFindings()) {
      if (finding.rule().equals(RuleIds.CODE_NOT_IN_EFFECT)) {
        for (String refused : finding.codes()) {
          Optional<DatedCode> dated = context.edits().datedCode(refused);
          if (dated.isPresent() && dated.get().whenNotInEffect().filter(advice -> names(advice, code)).isPresent()) {
            return Optional.of(new Explanation("the claim bills " + code + ", the route SpineCode names for this"
                + " service: " + dated.get().notInEffectWords(context.encounter().dateOfService()) + ". SpineCode"
                + " codes no line of its own for it (CODE_NOT_IN_EFFECT), so there is nothing to compare; the"
                + " payer prices an unlisted code from the record", dated.get().authority()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** True when {@code advice} names {@code code} as a word (64999, not 649990). */
  private static boolean names(String advice, String code) {
    return Pattern.compile("\\b" + Pattern.quote(code) + "\\b").matcher(advice).find();
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
