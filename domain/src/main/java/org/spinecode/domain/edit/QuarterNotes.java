package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;

/**
 * The INFO that the date of service falls outside the quarter of some loaded edit table, naming
 * each such table with its own release: worked out once per stretch of dates, since every date of
 * a stretch is covered by the same tables.
 */
final class QuarterNotes {

  private QuarterNotes() {}

  static Finding[] byStretch(EditTables tables) {
    List<LocalDate> samples = tables.stretchSamples();
    Finding[] notes = new Finding[samples.size()];
    for (int i = 0; i < notes.length; i++) {
      notes[i] = note(tables.notCovering(samples.get(i)));
    }
    return notes;
  }

  private static Finding note(List<Edition> outside) {
    if (outside.isEmpty()) {
      return null;
    }
    String named = outside.stream().map(e -> e.table() + " " + e.version()).collect(Collectors.joining(", "));
    List<String> versions = new ArrayList<>();
    outside.forEach(e -> {
      if (!versions.contains(e.version())) {
        versions.add(e.version());
      }
    });
    return Finding.of(RuleIds.EDIT_TABLES_QUARTER, Severity.INFO,
        "The date of service is outside the quarter of these loaded NCCI tables: " + named
            + "; they were used as loaded. Load the tables for the date of service (--data-dir) before relying on"
            + " these edits",
        List.of(), "CMS NCCI quarterly files, " + String.join(", ", versions));
  }
}
