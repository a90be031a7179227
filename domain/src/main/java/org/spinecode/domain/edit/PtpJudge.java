package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.PtpEdit;

/**
 * {@code NCCI_PTP_EDIT}: every procedure-to-procedure pair in effect among a claim's codes, once
 * per pair, in claim order. On an indicator-1 pair the edit is bypassed (INFO) when every line of
 * one code beside every line of the other carries a distinct-service modifier (59, XE, XP, XS, XU)
 * or names the opposite side (RT on one, LT on the other: anatomic modifiers are NCCI-associated
 * modifiers, NCCI Policy Manual ch. I §E); indicator 0 is never bypassed.
 */
final class PtpJudge {
  private final EditTables tables;

  PtpJudge(EditTables tables) {
    this.tables = tables;
  }

  void judge(LocalDate date, EditTable table, Severity edit, ClaimCodes claim, List<Finding> findings) {
    List<Found> found = null;
    for (CodeLines one : claim.codes()) {
      claim.step();
      Map<String, PtpEdit[]> pairs = one.entry == null ? null : one.entry.columnTwo[table.ordinal()];
      if (pairs == null) {
        continue;
      }
      // Whichever is shorter: the code's pairs in the table, or the claim's codes.
      if (pairs.size() < claim.size()) {
        for (String columnTwo : pairs.keySet()) {
          CodeLines two = claim.get(columnTwo);
          if (two != null && two != one) {
            found = add(found, one, two, table, date, claim);
          }
        }
      } else {
        for (CodeLines two : claim.codes()) {
          claim.step();
          if (two != one && pairs.containsKey(two.code)) {
            found = add(found, one, two, table, date, claim);
          }
        }
      }
    }
    if (found == null) {
      return;
    }
    found.sort((a, b) -> a.one.position != b.one.position ? Integer.compare(a.one.position, b.one.position)
        : Integer.compare(a.two.position, b.two.position));
    for (Found pair : found) {
      Bypass bypass = pair.edit.modifierIndicator() == 1 ? bypass(pair.one, pair.two) : Bypass.NONE;
      findings.add(Finding.of(RuleIds.NCCI_PTP_EDIT, bypass == Bypass.NONE ? edit : Severity.INFO,
          ptpWords(pair.edit, bypass, table), List.of(pair.edit.columnOne(), pair.edit.columnTwo()),
          tables.ptpSource(table)));
    }
  }

  private static List<Found> add(List<Found> found, CodeLines one, CodeLines two, EditTable table, LocalDate date,
      ClaimCodes claim) {
    claim.step();
    PtpEdit edit = EditTables.ptp(one.entry, table, two.code, date);
    if (edit == null) {
      return found;
    }
    List<Found> list = found == null ? new ArrayList<>(2) : found;
    list.add(new Found(one, two, edit));
    return list;
  }

  private record Found(CodeLines one, CodeLines two, PtpEdit edit) {}

  /** Why an indicator-1 pair is bypassed, if it is: every pair of their lines must be. */
  private enum Bypass { NONE, DISTINCT, OPPOSITE_SIDES, BOTH }

  private static Bypass bypass(CodeLines one, CodeLines two) {
    if (one.allDistinct || two.allDistinct) {
      return Bypass.DISTINCT;
    }
    boolean opposite = one.plainRightOnly && two.plainLeftOnly || one.plainLeftOnly && two.plainRightOnly;
    if (!opposite) {
      return Bypass.NONE;
    }
    return one.anyDistinct || two.anyDistinct ? Bypass.BOTH : Bypass.OPPOSITE_SIDES;
  }

  /** The wording follows what bypassed the pair, not the severity (INFO for other payers). */
  private static String ptpWords(PtpEdit pair, Bypass bypass, EditTable table) {
    String head = "NCCI procedure-to-procedure pair (" + table.words() + " table): " + pair.columnTwo()
        + " (column two) with " + pair.columnOne() + " (column one) on the same day";
    String tail = "; rationale: " + pair.rationale() + ". SpineCode adds no distinct-service modifier and removes no line";
    if (pair.modifierIndicator() == 0) {
      return head + " is not payable, and no modifier bypasses it (modifier indicator 0)" + tail;
    }
    String bundled = head + " is bundled unless a distinct-service modifier applies (modifier indicator 1); ";
    return switch (bypass) {
      case DISTINCT -> bundled + "a distinct-service modifier is billed, so the record must support a distinct service"
          + tail;
      case OPPOSITE_SIDES -> bundled + "the two codes are billed on opposite sides (RT on one, LT on the other), an"
          + " anatomic modifier NCCI accepts for a separate site (NCCI Policy Manual ch. I §E), so the record must"
          + " show each side" + tail;
      case BOTH -> bundled + "the lines carry a distinct-service modifier or name opposite sides (RT, LT), so the"
          + " record must support a distinct service on each" + tail;
      case NONE -> head + " is bundled unless a distinct-service modifier (XS, XU, 59) or opposite sides (RT, LT)"
          + " apply and the record supports a separate service (modifier indicator 1)" + tail;
    };
  }
}
