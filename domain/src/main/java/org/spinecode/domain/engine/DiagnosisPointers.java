package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.encounter.Encounter;

/**
 * Which of the encounter's diagnoses each claim line points at (CONTRACT.md "Diagnoses"): 1-based
 * positions, at most four, in the encounter's order: the diagnoses the contractor's billing article
 * found covering the line's code, else (a commercial payer, no article loaded, no state, none
 * covering) the first four.
 */
final class DiagnosisPointers {
  private static final List<List<Integer>> FIRST = List.of(List.of(), List.of(1), List.of(1, 2), List.of(1, 2, 3),
      List.of(1, 2, 3, 4));

  private DiagnosisPointers() {}

  /**
   * The lines with their pointers; the same list when the encounter has no diagnoses. A line whose
   * code its billing article found covered points at the covering diagnoses ({@code covering}, by
   * code); every other line at the first four.
   */
  static List<ClaimLine> assign(Encounter encounter, List<ClaimLine> lines, Map<String, List<Integer>> covering) {
    if (encounter.diagnoses().isEmpty()) {
      return lines;
    }
    List<Integer> first = FIRST.get(Math.min(encounter.diagnoses().size(), ClaimLine.MAX_DIAGNOSIS_POINTERS));
    List<ClaimLine> pointed = new ArrayList<>(lines.size());
    for (ClaimLine line : lines) {
      List<Integer> covered = covering.getOrDefault(line.code(), List.of());
      pointed.add(line.pointingAt(covered.isEmpty() ? first : covered));
    }
    return pointed;
  }
}
