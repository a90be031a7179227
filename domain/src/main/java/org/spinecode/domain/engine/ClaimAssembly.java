package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * Turns per-side services into claim lines for the bilateral style in force. Every service is one
 * unit of one code on one side for its levels; services of the same code and the same payer
 * outcome share lines, their units adding up.
 *
 * <ul>
 *   <li>MODIFIER_50: a level done on both sides is one unit of a line with 50 (CMS MPFS bilateral
 *       indicator 1, also on add-ons); a level done on one side goes on an RT or LT line.
 *   <li>RT_LT_LINES: one line per side (Medicare ASC facility claims, payers that ask for it).
 *   <li>TWO_UNITS: the levels of a code done on both sides are one line without side modifiers,
 *       two units a level; the levels done on one side only keep RT or LT on their own lines
 *       (CONTRACT.md v3, "Levels and sides").
 * </ul>
 * Codes without laterality (bilateral indicator 9, such as 62320-62327) get neither 50 nor RT/LT.
 * One instance serves all threads: its only state is the lines it keeps ({@link KeptLines}).
 */
final class ClaimAssembly {
  private final KeptLines kept = new KeptLines();

  List<ClaimLine> lines(List<Billable> billables, BilateralStyle style, Modifier denial) {
    List<Billable> ordered = new ArrayList<>(billables);
    ordered.sort(ClaimAssembly::claimOrder);
    List<ClaimLine> lines = new ArrayList<>(ordered.size() + 2);
    for (int i = 0; i < ordered.size(); i++) {
      if (startsLines(ordered, i)) {
        assemble(sharingLines(ordered, i), style, denial, lines);
      }
    }
    return lines;
  }

  /**
   * Units share lines when code and payer outcome agree. A claim has a handful of units, so the
   * units sharing lines are found by scanning, in claim order; the rank, which follows from the
   * code, tells most codes apart before their strings are compared.
   */
  private static boolean sharesLines(Billable a, Billable b) {
    return a.rank == b.rank && a.expectedDenial == b.expectedDenial && a.attestation == b.attestation
        && a.code().equals(b.code());
  }

  private static boolean startsLines(List<Billable> ordered, int at) {
    for (int j = 0; j < at; j++) {
      if (sharesLines(ordered.get(j), ordered.get(at))) {
        return false;
      }
    }
    return true;
  }

  private static List<Billable> sharingLines(List<Billable> ordered, int first) {
    List<Billable> units = new ArrayList<>(2);
    for (int k = first; k < ordered.size(); k++) {
      if (sharesLines(ordered.get(first), ordered.get(k))) {
        units.add(ordered.get(k));
      }
    }
    return units;
  }

  /**
   * Session order, then primary before add-on, then covered before denied, then side, then the
   * first level. Written out rather than chained: the claim is sorted for every encounter.
   */
  private static int claimOrder(Billable a, Billable b) {
    int order = Integer.compare(a.session, b.session);
    if (order == 0) {
      order = Integer.compare(a.rank, b.rank);
    }
    if (order == 0) {
      order = Boolean.compare(a.expectedDenial, b.expectedDenial);
    }
    if (order == 0) {
      order = a.service.side().compareTo(b.service.side());
    }
    if (order == 0) {
      order = Integer.compare(a.service.levels().get(0).ordinal(), b.service.levels().get(0).ordinal());
    }
    return order;
  }

  private void assemble(List<Billable> units, BilateralStyle style, Modifier denial, List<ClaimLine> lines) {
    Side only = soleSide(units);
    if (only != null) {
      // One side (or none): one line whatever the style; the usual case, so no sorting by side.
      Modifier side = only == Side.RIGHT ? Modifier.RIGHT : only == Side.LEFT ? Modifier.LEFT : null;
      lines.add(line(units, side, units.size(), denial));
      return;
    }
    int rights = count(units, Side.RIGHT);
    int lefts = count(units, Side.LEFT);
    List<Billable> right = new ArrayList<>(rights);
    List<Billable> left = new ArrayList<>(lefts);
    List<Billable> unsided = new ArrayList<>(units.size() - rights - lefts);
    for (int i = 0; i < units.size(); i++) {
      Billable unit = units.get(i);
      Side side = unit.service.side();
      (side == Side.RIGHT ? right : side == Side.LEFT ? left : unsided).add(unit);
    }
    if (style != BilateralStyle.RT_LT_LINES && !right.isEmpty() && !left.isEmpty()) {
      List<Billable> pairs = pairUp(right, left);
      if (!pairs.isEmpty()) {
        boolean fifty = style == BilateralStyle.MODIFIER_50;
        lines.add(line(pairs, fifty ? Modifier.BILATERAL : null, fifty ? pairs.size() / 2 : pairs.size(), denial));
      }
    }
    if (!right.isEmpty()) {
      lines.add(line(right, Modifier.RIGHT, right.size(), denial));
    }
    if (!left.isEmpty()) {
      lines.add(line(left, Modifier.LEFT, left.size(), denial));
    }
    if (!unsided.isEmpty()) {
      lines.add(line(unsided, null, unsided.size(), denial));
    }
  }

  private static int count(List<Billable> units, Side side) {
    int count = 0;
    for (int i = 0; i < units.size(); i++) {
      count += units.get(i).service.side() == side ? 1 : 0;
    }
    return count;
  }

  /** The side of every unit, or null when they differ. */
  private static Side soleSide(List<Billable> units) {
    Side only = units.get(0).service.side();
    for (int i = 1; i < units.size(); i++) {
      if (units.get(i).service.side() != only) {
        return null;
      }
    }
    return only;
  }

  /**
   * Takes the right and left units of the same levels out of both lists. Modifier 50 (or the
   * unsided two-units line) joins only the two sides of one level (CMS Provider Compliance
   * Newsletter Jan 2015); a unit whose level was done on one side stays on its RT or LT line.
   */
  private static List<Billable> pairUp(List<Billable> right, List<Billable> left) {
    List<Billable> pairs = new ArrayList<>(2 * Math.min(right.size(), left.size()));
    for (int r = 0; r < right.size(); r++) {
      for (int l = 0; l < left.size(); l++) {
        if (sameLevels(right.get(r).service.levels(), left.get(l).service.levels())) {
          pairs.add(right.remove(r--));
          pairs.add(left.remove(l));
          break;
        }
      }
    }
    return pairs;
  }

  /** List equality for level lists, without the iterators List.equals makes. */
  private static boolean sameLevels(List<SpinalLevel> a, List<SpinalLevel> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private ClaimLine line(List<Billable> units, Modifier side, int count, Modifier denial) {
    Billable first = units.get(0);
    int modifiers = KeptLines.bit(side) | KeptLines.bit(first.attestation)
        | (first.expectedDenial ? KeptLines.bit(denial) : 0);
    long levels = 0;
    for (int u = 0; u < units.size(); u++) {
      levels |= units.get(u).levels;
    }
    return kept.line(first.service.code(), modifiers, count, levels);
  }
}
