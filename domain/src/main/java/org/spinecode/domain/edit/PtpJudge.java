package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.PtpEdit;

/** {@code NCCI_PTP_EDIT}: every procedure-to-procedure pair in effect among a claim's lines, once per pair. */
final class PtpJudge {
  private final EditTables tables;

  PtpJudge(EditTables tables) {
    this.tables = tables;
  }

  void judge(LocalDate date, EditTable table, Severity edit, EditLine[] lines, boolean billed,
      List<Finding> findings) {
    Map<String, Object[]> found = null;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].entry == null) {
        continue;
      }
      for (int j = 0; j < lines.length; j++) {
        if (i == j || lines[i].code.equals(lines[j].code)) {
          continue;
        }
        PtpEdit pair = EditTables.ptp(lines[i].entry, table, lines[j].code, date);
        if (pair == null) {
          continue;
        }
        boolean bypassable = pair.modifierIndicator() == 1 && billed && (lines[i].distinct || lines[j].distinct);
        Severity severity = bypassable ? Severity.INFO : edit;
        if (found == null) {
          found = new LinkedHashMap<>();
        }
        Object[] seen = found.get(pair.columnOne() + ' ' + pair.columnTwo());
        if (seen == null) {
          found.put(pair.columnOne() + ' ' + pair.columnTwo(), new Object[] {pair, severity, bypassable});
        } else if (bypassable) {
          seen[1] = Severity.INFO;
          seen[2] = true;
        }
      }
    }
    if (found == null) {
      return;
    }
    for (Object[] entry : found.values()) {
      PtpEdit pair = (PtpEdit) entry[0];
      Severity severity = (Severity) entry[1];
      boolean bypassed = (Boolean) entry[2];
      findings.add(Finding.of(RuleIds.NCCI_PTP_EDIT, severity, ptpWords(pair, bypassed, table),
          List.of(pair.columnOne(), pair.columnTwo()), tables.ptpSource(table)));
    }
  }

  /** The wording follows whether a billed distinct-service modifier bypassed the pair, not the severity (INFO for other payers). */
  private static String ptpWords(PtpEdit pair, boolean bypassed, EditTable table) {
    String head = "NCCI procedure-to-procedure pair (" + table.words() + " table): " + pair.columnTwo()
        + " (column two) with " + pair.columnOne() + " (column one) on the same day";
    String tail = "; rationale: " + pair.rationale() + ". SpineCode adds no distinct-service modifier and removes no line";
    if (pair.modifierIndicator() == 0) {
      return head + " is not payable, and no modifier bypasses it (modifier indicator 0)" + tail;
    }
    if (bypassed) {
      return head + " is bundled unless a distinct-service modifier applies (modifier indicator 1); a"
          + " distinct-service modifier is billed, so the record must support a distinct service" + tail;
    }
    return head + " is bundled unless a distinct-service modifier (XS, XU, 59) applies and the record supports"
        + " a separate service (modifier indicator 1)" + tail;
  }
}
