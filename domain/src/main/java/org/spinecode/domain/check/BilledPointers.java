package org.spinecode.domain.check;

import java.util.List;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.domain.encounter.Encounter;

/**
 * The diagnosis pointers of billed lines name diagnoses the encounter gives (CONTRACT.md "Check
 * mode"): each a 1-based position in {@code diagnoses}, at most four to a line (837P SV107), none
 * twice.
 */
final class BilledPointers {
  private BilledPointers() {}

  /** @throws InvalidInputException naming {@code billed[i].diagnosisPointers[j]} */
  static void check(Encounter encounter, List<BilledLine> billed) {
    int diagnoses = encounter.diagnoses().size();
    for (int i = 0; i < billed.size(); i++) {
      List<Integer> pointers = billed.get(i).diagnosisPointers();
      for (int j = 0; j < pointers.size(); j++) {
        String field = "billed[" + i + "].diagnosisPointers[" + j + "]";
        int pointer = pointers.get(j);
        if (j >= ClaimLine.MAX_DIAGNOSIS_POINTERS) {
          throw new InvalidInputException(field, "a line points at " + ClaimLine.MAX_DIAGNOSIS_POINTERS
              + " diagnoses at most");
        }
        if (pointer < 1 || pointer > diagnoses) {
          throw new InvalidInputException(field, pointer + " points outside the diagnoses: "
              + (diagnoses == 0 ? "the encounter gives none" : "give a position from 1 to " + diagnoses));
        }
        if (pointers.subList(0, j).contains(pointer)) {
          throw new InvalidInputException(field, pointer + " is given twice on this line");
        }
      }
    }
  }
}
