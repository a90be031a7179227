package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;

/** Why the same line carries other units, or is missing: nerves counted as levels, else the levels. */
final class LineCounts {
  private LineCounts() {}

  static Explanation units(CheckContext context, BilledLine billed, BilledLine expected, ClaimLine line) {
    if (billed.units() > expected.units()) {
      Optional<Explanation> nerves = NervesCountedAsLevels.explain(context, billed.code(),
          billed.code() + " x" + expected.units() + ", not x" + billed.units());
      if (nerves.isPresent()) {
        return nerves.get();
      }
      Optional<Explanation> levels = context.code(billed.code()).flatMap(d -> LevelsCounted.explain(context, d,
          billed.code() + " x" + expected.units() + ", not x" + billed.units()));
      if (levels.isPresent()) {
        return levels.get();
      }
    }
    return new Explanation(billed.code() + ": the claim bills " + billed.units() + " where SpineCode bills "
        + expected.units() + levels(line), authority(context, billed.code()));
  }

  static Explanation missing(CheckContext context, BilledLine expected, ClaimLine line) {
    Optional<Finding> warning = context.codingWarning(expected.code());
    String because = warning.isPresent() && (expected.modifiers().contains("GZ") || expected.modifiers().contains("GA"))
        ? " (" + warning.get().rule() + ": " + warning.get().message() + ")" : "";
    return new Explanation("SpineCode bills " + BilledLineText.format(expected) + levels(line) + "; the claim does not" + because,
        warning.isPresent() && !because.isEmpty() ? warning.get().source() : authority(context, expected.code()));
  }

  private static String levels(ClaimLine line) {
    return line.levels().isEmpty() ? "" : " for " + String.join(", ", line.levels());
  }

  private static String authority(CheckContext context, String code) {
    return context.code(code).map(CodeDefinition::authority).orElse(Explanation.CODED);
  }
}
