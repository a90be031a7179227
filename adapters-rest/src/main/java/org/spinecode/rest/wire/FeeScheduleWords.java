package org.spinecode.rest.wire;

import org.spinecode.domain.edit.Edition;
import org.spinecode.domain.edit.EditTables;

/** The MPFS bilateral surgery indicator in plain words, naming the fee-schedule release it came from. */
final class FeeScheduleWords {

  private FeeScheduleWords() {}

  static String bilateral(int indicator, EditTables data) {
    String meaning = switch (indicator) {
      case 0 -> "no bilateral payment adjustment; report a procedure on both sides as two lines, RT and LT";
      case 1 -> "bilateral payment adjustment applies: modifier 50 is correct for one level done on both sides";
      case 2 -> "already priced as bilateral: no modifier 50";
      case 3 -> "each side paid in full: RT and LT or two units, not modifier 50";
      case 9 -> "the bilateral concept does not apply: no laterality, neither 50 nor RT/LT";
      default -> "an indicator this version does not explain";
    };
    String release = data.editions().stream().filter(e -> e.table().equals(EditTables.FEE_SCHEDULE))
        .map(Edition::version).findFirst().orElse("fee schedule");
    return indicator + " (CMS PFS " + release + "): " + meaning;
  }
}
