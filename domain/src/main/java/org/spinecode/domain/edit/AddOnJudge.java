package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.AddOnRule;

/** {@code ADD_ON_WITHOUT_PRIMARY}: a billed add-on code with none of its primaries in effect on the claim. */
final class AddOnJudge {
  private final EditTables tables;
  private final Map<String, DatedCode> dated;

  AddOnJudge(EditTables tables, Map<String, DatedCode> dated) {
    this.tables = tables;
    this.dated = dated;
  }

  void judge(LocalDate date, ClaimCodes claim, List<Finding> findings) {
    Boolean anyPrimary = null;
    for (CodeLines lines : claim.codes()) {
      claim.step();
      List<AddOnRule> rules = lines.entry == null ? List.of() : tables.addOnRules(lines.code, date);
      if (rules.isEmpty()) {
        continue;
      }
      int type = rules.get(0).type();
      List<String> primaries = new ArrayList<>();
      for (AddOnRule rule : rules) {
        claim.step();
        rule.primary().ifPresent(primaries::add);
      }
      boolean satisfied;
      if (type == 2) {
        anyPrimary = anyPrimary != null ? anyPrimary : anyNonAddOnInEffect(claim, date);
        satisfied = anyPrimary;
      } else {
        satisfied = anyInEffect(claim, primaries, date);
      }
      if (!satisfied) {
        Severity severity = type == 1 ? Severity.WARNING : Severity.INFO;
        String words = type == 2
            ? lines.code + " is an add-on code (type 2: CMS lists no primaries) billed with no primary procedure"
                + " on the claim that day; the contractor decides which primaries it accepts"
            : lines.code + " is an add-on code (type " + type + ") billed without any of its primary codes"
                + " in effect on the claim that day (" + String.join(", ", primaries) + ")"
                + (type == 1 ? "; it is not paid without one" : "; other primaries may be acceptable");
        findings.add(Finding.of(RuleIds.ADD_ON_WITHOUT_PRIMARY, severity, words, List.of(lines.code),
            tables.addOnSource()));
      }
    }
  }

  private boolean anyInEffect(ClaimCodes claim, List<String> primaries, LocalDate date) {
    for (String primary : primaries) {
      if (claim.get(primary) != null && inEffect(primary, date)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyNonAddOnInEffect(ClaimCodes claim, LocalDate date) {
    for (CodeLines lines : claim.codes()) {
      claim.step();
      if ((lines.entry == null || lines.entry.asAddOn.length == 0) && inEffect(lines.code, date)) {
        return true;
      }
    }
    return false;
  }

  private boolean inEffect(String code, LocalDate date) {
    DatedCode dates = dated.get(code);
    return dates == null || dates.inEffectOn(date);
  }
}
