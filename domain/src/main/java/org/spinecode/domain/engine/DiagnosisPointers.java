package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.encounter.Encounter;

/**
 * Which of the encounter's diagnoses each claim line points at (CONTRACT.md "Diagnoses"): 1-based
 * positions, at most four, in the encounter's order. Without a loaded coverage article every line
 * points at the first four; this is the one place that choice is made, so the coverage check can
 * later choose the covering diagnoses per line.
 */
final class DiagnosisPointers {
  private static final List<List<Integer>> FIRST = List.of(List.of(), List.of(1), List.of(1, 2), List.of(1, 2, 3),
      List.of(1, 2, 3, 4));

  private DiagnosisPointers() {}

  /** The lines with their pointers; the same list when the encounter has no diagnoses. */
  static List<ClaimLine> assign(Encounter encounter, List<ClaimLine> lines) {
    if (encounter.diagnoses().isEmpty()) {
      return lines;
    }
    List<ClaimLine> pointed = new ArrayList<>(lines.size());
    for (ClaimLine line : lines) {
      pointed.add(line.pointingAt(pointersFor(encounter, line)));
    }
    return pointed;
  }

  // The first four whatever the line: no coverage article is consulted yet.
  private static List<Integer> pointersFor(Encounter encounter, ClaimLine line) {
    return FIRST.get(Math.min(encounter.diagnoses().size(), ClaimLine.MAX_DIAGNOSIS_POINTERS));
  }
}
