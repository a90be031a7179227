package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;

/**
 * The INFO notes that depend only on the code definitions billed, in first-seen order:
 * IMAGING_INCLUDED ({@link ImagingIncludedNote}), then EPIDURAL_AND_FACET_SAME_DAY
 * ({@link SameDayNote}). A clinic's claims repeat a few combinations, so the notes are built once
 * per combination and kept, up to {@link #KEPT} combinations (findings are immutable, so results
 * share them).
 */
final class CodeNotes {
  static final int KEPT = 1_024;

  private final Map<Definitions, Finding[]> kept = new ConcurrentHashMap<>();

  /** Adds the notes the billed codes call for to {@code findings}. */
  void addTo(List<Billable> billables, List<Finding> findings) {
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
    Finding[] notes = kept.get(key);
    if (notes == null) {
      notes = notes(List.of(Arrays.copyOf(definitions, count)));
      if (kept.size() < KEPT) {
        kept.putIfAbsent(key, notes);
      }
    }
    for (Finding note : notes) {
      findings.add(note);
    }
  }

  private static Finding[] notes(List<CodeDefinition> definitions) {
    List<Finding> notes = new ArrayList<>(2);
    Finding imaging = ImagingIncludedNote.note(definitions);
    if (imaging != null) {
      notes.add(imaging);
    }
    Finding sameDay = SameDayNote.note(definitions);
    if (sameDay != null) {
      notes.add(sameDay);
    }
    return notes.toArray(new Finding[0]);
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
