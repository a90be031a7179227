package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;

/**
 * {@code MUE_EXCEEDED}: a code's units counted the way its MUE adjudication indicator says (MAI 1
 * each line, MAI 2 and 3 the day). On an ASC's facility claim a bilateral-indicator-1 code counts
 * distinct levels: the two units that report one level on both sides count once (the MUE assumes
 * modifier 50 with one unit; Pub 100-04 ch. 14 §40.5 has the ASC report two lines or two units).
 * Which units those are depends on what is known of the levels, see {@link Levels}.
 */
final class MueJudge {
  private final EditTables tables;

  MueJudge(EditTables tables) {
    this.tables = tables;
  }

  /**
   * How an ASC claim's units pair up into levels: from SpineCode's own lines (their levels), from
   * the levels of the encounter behind billed lines, or, for a billed code the encounter does not
   * describe, from the lines alone.
   */
  static final class Levels {
    static final Levels OWN = new Levels(null);
    static final Levels UNKNOWN = new Levels(Map.of());
    /** Per code, the levels done on both sides in units of the code, from SpineCode's lines for the encounter. */
    private final Map<String, Integer> bilateral;

    private Levels(Map<String, Integer> bilateral) {
      this.bilateral = bilateral;
    }

    /** Billed lines of an encounter whose levels SpineCode coded: {@code bilateral} per code. */
    static Levels described(Map<String, Integer> bilateral) {
      return new Levels(bilateral);
    }

    /** How many of the code's units are a level's second side, at most {@code pairable}. */
    int pairs(CodeLines lines, int pairable) {
      if (bilateral == null) {
        return Math.min(lines.ownPairs(), pairable);
      }
      Integer known = bilateral.get(lines.code);
      // Bilateral levels already written with modifier 50 need no second unit.
      return known == null ? pairable : Math.min(Math.max(0, known - lines.fifty), pairable);
    }

    boolean fromLevels(CodeLines lines) {
      return bilateral == null || bilateral.containsKey(lines.code);
    }
  }

  void judge(LocalDate date, EditTable table, Severity edit, boolean ascFacility, ClaimCodes claim, Levels levels,
      List<Finding> findings) {
    for (CodeLines lines : claim.codes()) {
      claim.step();
      MueLimit limit = EditTables.mue(lines.entry, table, date);
      if (limit == null) {
        continue;
      }
      boolean pairSides = ascFacility && lines.entry.bilateralIndicator == 1;
      int counted = limit.adjudication() == 1 ? largestLine(lines, pairSides, levels, claim)
          : pairSides ? lines.units() - levels.pairs(lines, lines.pairable()) : lines.units();
      if (counted > limit.units()) {
        findings.add(Finding.of(RuleIds.MUE_EXCEEDED, edit,
            mueWords(limit, counted, table, pairSides ? levels.fromLevels(lines) : null),
            List.of(limit.code()), tables.mueSource(table)));
      }
    }
  }

  private static int largestLine(CodeLines lines, boolean pairSides, Levels levels, ClaimCodes claim) {
    int largest = 0;
    for (EditLine line : lines.lines) {
      claim.step();
      int units = line.units;
      if (pairSides && line.holdsBothSides()) {
        units -= levels.pairs(lines, units / 2);
      }
      largest = Math.max(largest, units);
    }
    return largest;
  }

  /** {@code fromLevels}: null when no pairing applies, else whether the levels were known. */
  private static String mueWords(MueLimit limit, int counted, EditTable table, Boolean fromLevels) {
    String pairing = fromLevels == null ? ""
        : fromLevels ? " (distinct levels on the ASC's claim: a level done on both sides counts once)"
        : " (on the ASC's claim a level done on both sides counts once; without the levels, an unsided line counts"
            + " half its units and RT and LT lines their larger side)";
    return limit.code() + ": " + counted + " unit(s) " + (limit.adjudication() == 1 ? "on one line" : "on the date")
        + pairing + " exceed its Medically Unlikely Edit of " + limit.units() + " (" + table.words() + " table); "
        + limit.adjudicationWords() + "; rationale: " + limit.rationale();
  }
}
