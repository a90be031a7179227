package org.spinecode.domain.check;

import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;

/**
 * Why a billed code is not on SpineCode's claim: not in effect, imaging included in a code that
 * is billed, nerves counted as levels, another family; else only what differs.
 */
final class UnexpectedCode {
  static final String CODE_NOT_IN_EFFECT = "CODE_NOT_IN_EFFECT";
  static final String NCCI_PTP_EDIT = "NCCI_PTP_EDIT";

  private UnexpectedCode() {}

  static Explanation explain(CheckContext context, BilledLine billed, List<String> missingCodes) {
    String code = billed.code();
    Optional<Finding> notInEffect = context.edit(CODE_NOT_IN_EFFECT, code);
    if (notInEffect.isPresent()) {
      String report = missingCodes.isEmpty() || notInEffect.get().message().contains("report ")
          ? "" : "; report " + String.join(", ", missingCodes);
      return new Explanation(notInEffect.get().message() + report, notInEffect.get().source());
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
    if (definition.isEmpty()) {
      return new Explanation("the claim bills " + code + "; SpineCode codes no such line for this encounter ("
          + code + " is outside the installed families)", Explanation.CODED);
    }
    return new Explanation("the claim bills " + code + " (" + definition.get().label() + "); SpineCode codes no "
        + code + " line for what the encounter describes", definition.get().authority());
  }

  private static Explanation imagingIncluded(CheckContext context, String imaging, CodeDefinition including) {
    Optional<Finding> pair = context.edit(NCCI_PTP_EDIT, including.code(), imaging);
    String message = imaging + " is included in " + including.code() + ": its imaging guidance is part of the code";
    if (pair.isPresent()) {
      return new Explanation(message + " (NCCI PTP: " + pair.get().message() + ")",
          pair.get().source() + "; " + including.authority());
    }
    return new Explanation(message, including.authority());
  }
}
