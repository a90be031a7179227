package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.policy.EditTable;

/**
 * The INFO notes that follow from the code definitions billed, in first-seen order:
 * IMAGING_INCLUDED ({@link ImagingIncludedNote}), then EPIDURAL_AND_FACET_SAME_DAY
 * ({@link SameDayNote}). A clinic's claims repeat a few combinations, so what depends only on the
 * definitions is worked out once per combination and kept, up to {@link #KEPT} combinations
 * (findings are immutable, so results share them); the same-day note also reads the claim's edit
 * table, so it is written per claim, and only for the rare claims it applies to.
 */
final class CodeNotes {
  static final int KEPT = 1_024;

  private final Map<Definitions, Notes> kept = new ConcurrentHashMap<>();

  /** What the definitions alone decide: the imaging note, and the same-day note's codes (null: none). */
  private record Notes(Finding imaging, SameDayNote sameDay) {}

  /** Adds the notes the billed codes call for to {@code findings}; {@code tables}, {@code table} and {@code date}: the claim's edits. */
  void addTo(List<Billable> billables, List<Finding> findings, EditTables tables, EditTable table, LocalDate date) {
    CodeDefinition[] definitions = new CodeDefinition[billables.size()];
    int count = 0;
    for (int i = 0; i < definitions.length; i++) {
      CodeDefinition code = billables.get(i).service.code();
      if (!containsSame(definitions, count, code)) {
        definitions[count++] = code;
      }
    }
    if (count == 0) {
      return;
    }
    Definitions key = new Definitions(definitions, count);
    Notes notes = kept.get(key);
    if (notes == null) {
      List<CodeDefinition> billed = List.of(Arrays.copyOf(definitions, count));
      notes = new Notes(ImagingIncludedNote.note(billed), SameDayNote.of(billed));
      if (kept.size() < KEPT) {
        kept.putIfAbsent(key, notes);
      }
    }
    if (notes.imaging() != null) {
      findings.add(notes.imaging());
    }
    if (notes.sameDay() != null) {
      findings.add(notes.sameDay().note(tables, table, date));
    }
  }

  private static boolean containsSame(CodeDefinition[] definitions, int count, CodeDefinition code) {
    for (int i = 0; i < count; i++) {
      if (definitions[i] == code) {
        return true;
      }
    }
    return false;
  }

  /**
   * Code definitions compared by identity, a cheap and exact key: the same definitions always
   * give the same notes (value equality would hash every policy a definition carries).
   */
  private static final class Definitions {
    private final CodeDefinition[] definitions;
    private final int count;
    private final int hash;

    Definitions(CodeDefinition[] definitions, int count) {
      this.definitions = definitions;
      this.count = count;
      int h = 1;
      for (int i = 0; i < count; i++) {
        h = 31 * h + System.identityHashCode(definitions[i]);
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Definitions) || ((Definitions) o).count != count) {
        return false;
      }
      CodeDefinition[] other = ((Definitions) o).definitions;
      for (int i = 0; i < count; i++) {
        if (other[i] != definitions[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
