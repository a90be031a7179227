package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.PtpEdit;

/**
 * The INFO for an epidural (interlaminar or transforaminal) and a facet injection on the same
 * date: the record has to show each one's own indication. What it says of NCCI comes from the
 * claim's edit table on the date, never from the family names: most of these codes form no pair
 * (practitioner PTP 2024Q3), but the ultrasound facet codes do (0213T and 0216T with 62320-62327,
 * 64479 and 64483, modifier indicator 0), and then the note names the pairs that the
 * {@code NCCI_PTP_EDIT} findings judge. Which codes are epidural and facet is data: the frequency
 * group the policy table counts each code's sessions in. It depends only on the code definitions billed, so {@link CodeNotes} keeps that part per combination, and each keeps
 * the notes it wrote per table and date (a batch repeats a few dates), up to {@link #KEPT}.
 */
final class SameDayNote {
  static final String RULE = "EPIDURAL_AND_FACET_SAME_DAY";
  /** The frequency groups of the policy table that say what an epidural and a facet injection are. */
  private static final String EPIDURAL = "EPIDURAL";
  private static final String FACET = "FACET";

  static final int KEPT = 64;
  private static final int TABLES = EditTable.values().length;

  private final List<String> epidural;
  private final List<String> facet;
  /** The notes written, by table and date ({@link #key}); immutable findings, so results share them. */
  private final Map<Long, Finding> written = new ConcurrentHashMap<>();
  /** The note last asked for: a batch codes one date after another, so most claims ask for it again. */
  private volatile Written last;

  private record Written(long key, Finding note) {}

  private SameDayNote(List<String> epidural, List<String> facet) {
    this.epidural = epidural;
    this.facet = facet;
  }

  /** The note's codes for the billed definitions (distinct, first-seen order), or null when it does not apply. */
  static SameDayNote of(List<CodeDefinition> billed) {
    List<String> epidural = new ArrayList<>(2);
    List<String> facet = new ArrayList<>(2);
    for (CodeDefinition code : billed) {
      String group = group(code);
      List<String> codes = EPIDURAL.equals(group) ? epidural : FACET.equals(group) ? facet : null;
      if (codes != null && !codes.contains(code.code())) {
        codes.add(code.code());
      }
    }
    return epidural.isEmpty() || facet.isEmpty() ? null : new SameDayNote(List.copyOf(epidural), List.copyOf(facet));
  }

  /** The frequency group the code's policies count it in (policies.csv: EPIDURAL, FACET), or null. */
  private static String group(CodeDefinition code) {
    List<FrequencyLimit> limits = code.policies(FrequencyLimit.KIND);
    return limits.isEmpty() ? null : limits.get(0).group();
  }

  /** The note, saying what {@code table} of {@code tables} pairs among these codes on {@code date}. */
  Finding note(EditTables tables, EditTable table, LocalDate date) {
    long key = date.toEpochDay() * TABLES + table.ordinal();
    Written known = last;
    if (known != null && known.key() == key) {
      return known.note();
    }
    Finding note = written.get(key);
    if (note == null) {
      note = write(tables, table, date);
      if (written.size() < KEPT) {
        written.putIfAbsent(key, note);
      }
    }
    last = new Written(key, note);
    return note;
  }

  private Finding write(EditTables tables, EditTable table, LocalDate date) {
    List<String> pairs = new ArrayList<>(1);
    for (String one : epidural) {
      for (String other : facet) {
        pair(tables, table, one, other, date).ifPresent(edit -> pairs.add(edit.columnTwo() + " with "
            + edit.columnOne() + " (modifier indicator " + edit.modifierIndicator() + ")"));
      }
    }
    List<String> codes = new ArrayList<>(epidural);
    codes.addAll(facet);
    String head = "An epidural (" + String.join(", ", epidural) + ") and a facet injection (" + String.join(", ", facet)
        + ") on the same date: ";
    String tail = "the record must show a separate indication for each, as payers review same-day epidural and facet"
        + " work";
    String release = tables.release("ncci-ptp-" + table.tableName());
    String where = "NCCI procedure-to-procedure edits, " + table.words() + " table, " + release;
    if (release.isEmpty()) {
      return Finding.of(RULE, Severity.INFO, head + "no NCCI table is loaded, so no edit between them was checked; "
          + tail, codes, "CONTRACT.md v2 (same-day epidural and facet work)");
    }
    if (pairs.isEmpty()) {
      return Finding.of(RULE, Severity.INFO, head + "the NCCI " + table.words() + " table (" + release
          + ") has no edit between them in effect that day, so both are reported; " + tail, codes,
          "CMS " + where + " (no pair between these codes)");
    }
    return Finding.of(RULE, Severity.INFO, head + "NCCI pairs " + String.join(", ", pairs)
        + ": see NCCI_PTP_EDIT; " + tail, codes, "CMS " + where);
  }

  private static Optional<PtpEdit> pair(EditTables tables, EditTable table, String a, String b, LocalDate date) {
    Optional<PtpEdit> edit = tables.ptp(table, a, b, date);
    return edit.isPresent() ? edit : tables.ptp(table, b, a, date);
  }
}
