package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.PurposeModifier;

/**
 * Why the same code carries other modifiers: 50 on a level done on one side, one side where both
 * were done, a payer modifier (KX, GZ, GA) a rule adds; else which modifiers differ.
 */
final class ModifierDifference {
  static final String BILATERAL_SOURCE = "CPT modifier 50; CMS MPFS bilateral indicator 1 (Claims Processing Manual ch. 12 §40.7)";

  private ModifierDifference() {}

  static Explanation explain(CheckContext context, BilledLine billed, BilledLine expected, ClaimLine line) {
    Set<String> extra = LinePairing.without(billed.modifiers(), expected.modifiers());
    Set<String> lacking = LinePairing.without(expected.modifiers(), billed.modifiers());
    String units = billed.units() == expected.units() ? ""
        : "; and " + billed.units() + (billed.units() == 1 ? " unit" : " units") + " where SpineCode bills " + expected.units();
    String code = billed.code();
    String levels = line.levels().isEmpty() ? "" : " at " + String.join(", ", line.levels());
    if (extra.contains("50") && (lacking.contains("RT") || lacking.contains("LT"))) {
      if (context.bothSides(code, line.levels())) {
        // Both sides were done: 50 is wrong only because this claim reports bilateral work otherwise.
        ClaimConvention convention = context.conventions().of(context.encounter());
        return new Explanation(code + " was done on both sides" + levels + ", and this claim reports both sides as"
            + " RT and LT lines or as two units, not with modifier 50" + units, convention.authority());
      }
      String side = lacking.contains("RT") ? "right" : "left";
      return new Explanation("modifier 50 on " + code + " but only the " + side + " side was injected" + levels + units,
          BILATERAL_SOURCE);
    }
    if (lacking.contains("50") && (extra.contains("RT") || extra.contains("LT"))) {
      return new Explanation(code + " was done on both sides" + levels + ": one line with modifier 50, not "
          + String.join(" or ", extra) + units, BILATERAL_SOURCE);
    }
    List<String> reasons = new ArrayList<>();
    String source = Explanation.CODED;
    for (String modifier : lacking) {
      Optional<Explanation> why = payerModifier(context, code, modifier);
      if (why.isPresent()) {
        reasons.add(why.get().message());
        source = why.get().source();
      }
    }
    String what = code + ": the claim has " + written(extra) + " where SpineCode's line has " + written(lacking) + units;
    return new Explanation(reasons.isEmpty() ? what : what + " (" + String.join("; ", reasons) + ")", source);
  }

  private static Optional<Explanation> payerModifier(CheckContext context, String code, String modifier) {
    if (modifier.equals("GZ") || modifier.equals("GA")) {
      Optional<Finding> finding = context.codingWarning(code);
      return finding.map(f -> new Explanation(modifier + " because " + f.rule() + ": " + f.message(), f.source()));
    }
    if (modifier.equals("KX")) {
      Optional<CodeDefinition> definition = context.code(code);
      for (PurposeModifier rule : definition.map(d -> d.policies(PurposeModifier.KIND)).orElse(List.of())) {
        if (rule.modifier().code().equals("KX")
            && rule.appliesTo(context.encounter().payer(), context.encounter().dateOfService())) {
          return Optional.of(new Explanation("KX: " + rule.summary(), rule.authority()));
        }
      }
    }
    return Optional.empty();
  }

  private static String written(Set<String> modifiers) {
    return modifiers.isEmpty() ? "no other modifier" : "modifier " + String.join(", ", modifiers);
  }
}
