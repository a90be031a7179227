package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.Arrays;
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
    Billable[] ordered = billables.toArray(new Billable[0]);
    Arrays.sort(ordered, ClaimAssembly::claimOrder);
    List<ClaimLine> lines = new ArrayList<>(ordered.length + 2);
    // Units sharing lines are found by scanning, in claim order: a claim has a handful of units.
    // A unit placed on its lines is taken out of the ordered claim.
    Billable[] units = new Billable[ordered.length];
    for (int i = 0; i < ordered.length; i++) {
      Billable first = ordered[i];
      if (first == null) {
        continue;
      }
      int count = 0;
      for (int k = i; k < ordered.length; k++) {
        if (ordered[k] != null && sharesLines(first, ordered[k])) {
          units[count++] = ordered[k];
          ordered[k] = null;
        }
      }
      assemble(units, count, style, denial, lines);
    }
    return lines;
  }

  /**
   * Units share lines when code and payer outcome agree; the rank, which follows from the code,
   * tells most codes apart before their strings are compared.
   */
  private static boolean sharesLines(Billable a, Billable b) {
    return a.rank == b.rank && a.expectedDenial == b.expectedDenial && a.attestation == b.attestation
        && a.code().equals(b.code());
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

  /** The lines of the first {@code count} units, which share lines. */
  private void assemble(Billable[] units, int count, BilateralStyle style, Modifier denial, List<ClaimLine> lines) {
    Side only = soleSide(units, count);
    if (only != null) {
      // One side (or none): one line whatever the style; the usual case, so no sorting by side.
      Modifier side = only == Side.RIGHT ? Modifier.RIGHT : only == Side.LEFT ? Modifier.LEFT : null;
      lines.add(line(units, count, side, count, denial));
      return;
    }
    Billable[] right = ofSide(units, count, Side.RIGHT);
    Billable[] left = ofSide(units, count, Side.LEFT);
    Billable[] unsided = ofSide(units, count, null);
    int rights = right.length;
    int lefts = left.length;
    if (style != BilateralStyle.RT_LT_LINES && rights > 0 && lefts > 0) {
      Billable[] pairs = new Billable[2 * Math.min(rights, lefts)];
      int paired = pairUp(right, left, pairs);
      if (paired > 0) {
        boolean fifty = style == BilateralStyle.MODIFIER_50;
        lines.add(line(pairs, paired, fifty ? Modifier.BILATERAL : null, fifty ? paired / 2 : paired, denial));
        rights = unpaired(right);
        lefts = unpaired(left);
      }
    }
    if (rights > 0) {
      lines.add(line(right, rights, Modifier.RIGHT, rights, denial));
    }
    if (lefts > 0) {
      lines.add(line(left, lefts, Modifier.LEFT, lefts, denial));
    }
    if (unsided.length > 0) {
      lines.add(line(unsided, unsided.length, null, unsided.length, denial));
    }
  }

  /** The units done on {@code side} (null: on neither), in claim order. */
  private static Billable[] ofSide(Billable[] units, int count, Side side) {
    int found = 0;
    for (int i = 0; i < count; i++) {
      found += sideOf(units[i]) == side ? 1 : 0;
    }
    Billable[] ofSide = new Billable[found];
    for (int i = 0, k = 0; i < count; i++) {
      if (sideOf(units[i]) == side) {
        ofSide[k++] = units[i];
      }
    }
    return ofSide;
  }

  /** RIGHT or LEFT, or null for a unit done on neither side alone. */
  private static Side sideOf(Billable unit) {
    Side side = unit.service.side();
    return side == Side.RIGHT || side == Side.LEFT ? side : null;
  }

  /** The side of the first {@code count} units, or null when they differ. */
  private static Side soleSide(Billable[] units, int count) {
    Side only = units[0].service.side();
    for (int i = 1; i < count; i++) {
      if (units[i].service.side() != only) {
        return null;
      }
    }
    return only;
  }

  /**
   * Moves the right and left units of the same levels into {@code pairs} (right, then left),
   * leaving null where they were taken, and returns how many units it moved. Modifier 50 (or the
   * unsided two-units line) joins only the two sides of one level (CMS Provider Compliance
   * Newsletter Jan 2015); a unit whose level was done on one side stays on its RT or LT line.
   */
  private static int pairUp(Billable[] right, Billable[] left, Billable[] pairs) {
    int paired = 0;
    for (int r = 0; r < right.length; r++) {
      for (int l = 0; l < left.length; l++) {
        if (left[l] != null && sameLevels(right[r].service.levels(), left[l].service.levels())) {
          pairs[paired++] = right[r];
          pairs[paired++] = left[l];
          right[r] = null;
          left[l] = null;
          break;
        }
      }
    }
    return paired;
  }

  /** Closes the gaps {@link #pairUp} left, keeping order, and returns how many units are left. */
  private static int unpaired(Billable[] units) {
    int left = 0;
    for (Billable unit : units) {
      if (unit != null) {
        units[left++] = unit;
      }
    }
    return left;
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

  /** The line of the first {@code n} units: {@code count} units of their code, with these modifiers. */
  private ClaimLine line(Billable[] units, int n, Modifier side, int count, Modifier denial) {
    Billable first = units[0];
    int modifiers = KeptLines.bit(side) | KeptLines.bit(first.attestation)
        | (first.expectedDenial ? KeptLines.bit(denial) : 0);
    long levels = 0;
    for (int u = 0; u < n; u++) {
      levels |= units[u].levels;
    }
    return kept.line(first.service.code(), modifiers, count, levels);
  }
}
