package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Pairs billed lines with SpineCode's, in the contract's order: exact matches set aside, then the
 * same code with equal units (modifiers differ), then equal modifiers (units differ), then any
 * pair of the same code; what is left is missing or unexpected. Input order breaks ties, so the
 * pairing is deterministic.
 */
final class LinePairing {

  /** One unpaired or mispaired line: indexes into the billed and expected lists, -1 for none. */
  record Mismatch(DifferenceKind kind, int billed, int expected) {}

  private final List<BilledLine> billed;
  private final List<BilledLine> expected;
  private final boolean[] billedDone;
  private final boolean[] expectedDone;
  private final List<Mismatch> mismatches = new ArrayList<>();

  private LinePairing(List<BilledLine> billed, List<BilledLine> expected) {
    this.billed = billed;
    this.expected = expected;
    this.billedDone = new boolean[billed.size()];
    this.expectedDone = new boolean[expected.size()];
  }

  /** The mismatches, MISSING and UNEXPECTED last; empty when the lines match as a multiset. */
  static List<Mismatch> of(List<BilledLine> billed, List<BilledLine> expected) {
    LinePairing pairing = new LinePairing(billed, expected);
    pairing.pair(null, (b, e) -> sameModifiers(b, e) && b.units() == e.units());
    pairing.pair(DifferenceKind.MODIFIERS, (b, e) -> b.units() == e.units());
    pairing.pair(DifferenceKind.UNITS, LinePairing::sameModifiers);
    pairing.pair(DifferenceKind.MODIFIERS, (b, e) -> true);
    for (int e = 0; e < expected.size(); e++) {
      if (!pairing.expectedDone[e]) {
        pairing.mismatches.add(new Mismatch(DifferenceKind.MISSING, -1, e));
      }
    }
    for (int b = 0; b < billed.size(); b++) {
      if (!pairing.billedDone[b]) {
        pairing.mismatches.add(new Mismatch(DifferenceKind.UNEXPECTED, b, -1));
      }
    }
    return pairing.mismatches;
  }

  private void pair(DifferenceKind kind, BiPredicate<BilledLine, BilledLine> fits) {
    for (int b = 0; b < billed.size(); b++) {
      if (billedDone[b]) {
        continue;
      }
      for (int e = 0; e < expected.size(); e++) {
        if (!expectedDone[e] && billed.get(b).code().equals(expected.get(e).code())
            && fits.test(billed.get(b), expected.get(e))) {
          billedDone[b] = true;
          expectedDone[e] = true;
          if (kind != null) {
            mismatches.add(new Mismatch(kind, b, e));
          }
          break;
        }
      }
    }
  }

  static boolean sameModifiers(BilledLine a, BilledLine b) {
    // Claim lines carry a handful of modifiers: list walks beat building sets.
    return a.modifiers().equals(b.modifiers())
        || a.modifiers().containsAll(b.modifiers()) && b.modifiers().containsAll(a.modifiers());
  }

  static Set<String> without(List<String> these, List<String> those) {
    Set<String> left = new LinkedHashSet<>(these);
    left.removeAll(those);
    return left;
  }
}
