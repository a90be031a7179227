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

  void judge(LocalDate date, EditLine[] lines, List<Finding> findings) {
    for (int i = 0; i < lines.length; i++) {
      if (!EditLine.firstOfCode(lines, i)) {
        continue;
      }
      List<AddOnRule> rules = lines[i].entry == null ? List.of() : tables.addOnRules(lines[i].code, date);
      if (rules.isEmpty()) {
        continue;
      }
      int type = rules.get(0).type();
      List<String> primaries = new ArrayList<>();
      for (AddOnRule rule : rules) {
        rule.primary().ifPresent(primaries::add);
      }
      boolean satisfied;
      if (type == 2) {
        satisfied = anyNonAddOnInEffect(lines, date);
      } else {
        satisfied = anyInEffect(lines, primaries, date);
      }
      if (!satisfied) {
        Severity severity = type == 1 ? Severity.WARNING : Severity.INFO;
        String words = type == 2
            ? lines[i].code + " is an add-on code (type 2: CMS lists no primaries) billed with no primary procedure"
                + " on the claim that day; the contractor decides which primaries it accepts"
            : lines[i].code + " is an add-on code (type " + type + ") billed without any of its primary codes"
                + " in effect on the claim that day (" + String.join(", ", primaries) + ")"
                + (type == 1 ? "; it is not paid without one" : "; other primaries may be acceptable");
        findings.add(Finding.of(RuleIds.ADD_ON_WITHOUT_PRIMARY, severity, words, List.of(lines[i].code),
            tables.addOnSource()));
      }
    }
  }

  private boolean anyInEffect(EditLine[] lines, List<String> primaries, LocalDate date) {
    for (EditLine line : lines) {
      if (primaries.contains(line.code) && inEffect(line.code, date)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyNonAddOnInEffect(EditLine[] lines, LocalDate date) {
    for (EditLine line : lines) {
      if ((line.entry == null || line.entry.asAddOn.length == 0) && inEffect(line.code, date)) {
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
