package org.spinecode.domain.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.spinecode.domain.edit.BilledLine;

/**
 * Pairs billed lines with SpineCode's, in the contract's order: exact matches set aside, then the
 * same code with equal units (modifiers differ), then equal modifiers (units differ), then any
 * pair of the same code; what is left is missing or unexpected. Each pass files the lines still
 * unpaired by what they must share and looks each billed line up, so pairing costs time in
 * proportion to the lines. Input order breaks ties (a billed line takes the first fitting line of
 * SpineCode's), so the pairing is deterministic.
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
    pairing.pair(null, line -> List.of(line.code(), modifierSet(line), line.units()));
    pairing.pair(DifferenceKind.MODIFIERS, line -> List.of(line.code(), line.units()));
    pairing.pair(DifferenceKind.UNITS, line -> List.of(line.code(), modifierSet(line)));
    pairing.pair(DifferenceKind.MODIFIERS, BilledLine::code);
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

  /** Pairs each billed line still open with the first open expected line that shares its key. */
  private void pair(DifferenceKind kind, Function<BilledLine, Object> key) {
    Map<Object, ArrayDeque<Integer>> open = new HashMap<>();
    for (int e = 0; e < expected.size(); e++) {
      if (!expectedDone[e]) {
        open.computeIfAbsent(key.apply(expected.get(e)), k -> new ArrayDeque<>(1)).add(e);
      }
    }
    if (open.isEmpty()) {
      return;
    }
    for (int b = 0; b < billed.size(); b++) {
      if (billedDone[b]) {
        continue;
      }
      ArrayDeque<Integer> fitting = open.get(key.apply(billed.get(b)));
      if (fitting != null && !fitting.isEmpty()) {
        int e = fitting.poll();
        billedDone[b] = true;
        expectedDone[e] = true;
        if (kind != null) {
          mismatches.add(new Mismatch(kind, b, e));
        }
      }
    }
  }

  /** The modifiers as a set, in a fixed order, so that {@code 50-KX} and {@code KX-50} are the same. */
  private static Set<String> modifierSet(BilledLine line) {
    return line.modifiers().size() < 2 ? Set.copyOf(line.modifiers()) : new TreeSet<>(line.modifiers());
  }

  static Set<String> without(List<String> these, List<String> those) {
    Set<String> left = new LinkedHashSet<>(these);
    left.removeAll(those);
    return left;
  }
}
