package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The distinct-service modifiers (59, XE, XP, XS, XU): they bypass an NCCI pair when the record
 * supports a separate service (NCCI Policy Manual ch. 1 §E), and never change what was done, so
 * the comparison sets them aside.
 */
final class DistinctService {
  static final Set<String> MODIFIERS = Set.of("59", "XE", "XP", "XS", "XU");
  static final String SOURCE = "NCCI Policy Manual ch. 1 (modifiers 59 and XE/XP/XS/XU)";

  private DistinctService() {}

  static boolean marks(BilledLine line) {
    for (String modifier : line.modifiers()) {
      if (MODIFIERS.contains(modifier)) {
        return true;
      }
    }
    return false;
  }

  static BilledLine setAside(BilledLine line) {
    if (!marks(line)) {
      return line;
    }
    List<String> kept = new ArrayList<>(line.modifiers());
    kept.removeAll(MODIFIERS);
    return BilledLine.of(line.code(), kept, line.units());
  }
}
