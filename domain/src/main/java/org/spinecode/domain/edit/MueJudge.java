package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.List;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;

/** {@code MUE_EXCEEDED}: a code's units counted the way its MUE adjudication indicator says. */
final class MueJudge {
  private final EditTables tables;

  MueJudge(EditTables tables) {
    this.tables = tables;
  }

  void judge(LocalDate date, EditTable table, Severity edit, boolean ascFacility, EditLine[] lines,
      List<Finding> findings) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].entry == null || !EditLine.firstOfCode(lines, i)) {
        continue;
      }
      MueLimit limit = EditTables.mue(lines[i].entry, table, date);
      if (limit == null) {
        continue;
      }
      boolean pairSides = ascFacility && lines[i].entry.bilateralIndicator == 1;
      int counted = limit.adjudication() == 1 ? maxLineUnits(lines, i, pairSides) : dayUnits(lines, i, pairSides);
      if (counted > limit.units()) {
        findings.add(Finding.of(RuleIds.MUE_EXCEEDED, edit, mueWords(limit, counted, table, pairSides),
            List.of(limit.code()), tables.mueSource(table)));
      }
    }
  }

  private static int maxLineUnits(EditLine[] lines, int first, boolean pairSides) {
    int max = 0;
    for (int j = first; j < lines.length; j++) {
      if (lines[j].code.equals(lines[first].code)) {
        EditLine line = lines[j];
        int units = pairSides && !line.bilateral && !line.right && !line.left ? (line.units + 1) / 2 : line.units;
        max = Math.max(max, units);
      }
    }
    return max;
  }

  private static int dayUnits(EditLine[] lines, int first, boolean pairSides) {
    int total = 0;
    int right = 0;
    int left = 0;
    for (int j = first; j < lines.length; j++) {
      EditLine line = lines[j];
      if (!line.code.equals(lines[first].code)) {
        continue;
      }
      if (!pairSides || line.bilateral) {
        total += line.units;
      } else if (line.right) {
        right += line.units;
      } else if (line.left) {
        left += line.units;
      } else {
        total += (line.units + 1) / 2;
      }
    }
    return total + Math.max(right, left);
  }

  private static String mueWords(MueLimit limit, int counted, EditTable table, boolean pairSides) {
    return limit.code() + ": " + counted + " unit(s) " + (limit.adjudication() == 1 ? "on one line" : "on the date")
        + (pairSides ? " (a level done on both sides counted once on the ASC's claim)" : "")
        + " exceed its Medically Unlikely Edit of " + limit.units() + " (" + table.words() + " table); "
        + limit.adjudicationWords() + "; rationale: " + limit.rationale();
  }
}
