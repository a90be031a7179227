package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/**
 * CMS's NCCI tables (procedure-to-procedure pairs and MUEs for the practitioner and
 * outpatient-hospital tables, the add-on code file), each with its own release, and the
 * fee-schedule bilateral indicators, indexed by code once when built, so that judging a claim never
 * scans a table. Immutable; share one instance.
 */
public final class EditTables {
  /** The edition name of the fee-schedule indicators, whose release governs every date. */
  public static final String FEE_SCHEDULE = "pfs-indicators";
  private static final PtpEdit[] NO_PTP = new PtpEdit[0];

  private final Map<String, CodeEdits> byCode;
  private final String[] ptpSources;
  private final String[] mueSources;
  private final String addOnSource;
  private final List<Edition> editions;
  /** The days (epoch days, ascending) on which a PTP pair, an MUE or a table's quarter starts or stops applying. */
  private final long[] changes;

  EditTables(Map<String, CodeEdits> byCode, String[] ptpSources, String[] mueSources, String addOnSource,
      List<Edition> editions) {
    this.byCode = new HashMap<>();
    byCode.forEach((code, entry) -> this.byCode.put(code, entry.copy()));
    this.ptpSources = ptpSources.clone();
    this.mueSources = mueSources.clone();
    this.addOnSource = addOnSource;
    this.editions = List.copyOf(editions);
    this.changes = changes(this.byCode.values(), this.editions);
  }

  private static long[] changes(Collection<CodeEdits> entries, List<Edition> editions) {
    TreeSet<Long> days = new TreeSet<>();
    for (Edition edition : editions) {
      addSpan(days, edition.dates());
    }
    for (CodeEdits entry : entries) {
      for (Map<String, PtpEdit[]> pairs : entry.columnTwo) {
        if (pairs != null) {
          for (PtpEdit[] edits : pairs.values()) {
            for (PtpEdit edit : edits) {
              addSpan(days, edit.window());
            }
          }
        }
      }
      for (MueLimit[] limits : entry.mue) {
        if (limits != null) {
          for (MueLimit limit : limits) {
            addSpan(days, limit.window());
          }
        }
      }
    }
    return days.stream().mapToLong(Long::longValue).toArray();
  }

  private static void addSpan(TreeSet<Long> days, DateRange range) {
    range.from().ifPresent(day -> days.add(day.toEpochDay()));
    range.until().ifPresent(day -> days.add(day.toEpochDay()));
  }

  /** No tables: claim edits judge code dates only. */
  public static EditTables empty() {
    return builder().build();
  }

  /** The release of each loaded table, in load order. */
  public List<Edition> editions() {
    return editions;
  }

  /** The release of the named table, such as {@code 2024Q3} for {@code ncci-ptp-practitioner}; empty when not loaded. */
  public String release(String table) {
    for (Edition edition : editions) {
      if (edition.table().equals(table)) {
        return edition.version();
      }
    }
    return "";
  }

  /** The loaded tables whose quarter does not cover the date of service, in load order. */
  public List<Edition> notCovering(LocalDate dateOfService) {
    List<Edition> outside = new ArrayList<>(0);
    for (Edition edition : editions) {
      if (!edition.covers(dateOfService)) {
        outside.add(edition);
      }
    }
    return outside;
  }

  /**
   * The stretch of dates the date falls in, between two days on which some PTP pair, MUE or the
   * quarter starts or stops applying: the PTP pairs, MUEs and the quarter note answer alike for
   * every date of one stretch.
   */
  int stretch(LocalDate dateOfService) {
    int at = Arrays.binarySearch(changes, dateOfService.toEpochDay());
    return at >= 0 ? at + 1 : -at - 1;
  }

  /** One date of each stretch, in stretch order: the stretch's first day (the first stretch: the day before the second). */
  List<LocalDate> stretchSamples() {
    List<LocalDate> samples = new ArrayList<>(changes.length + 1);
    samples.add(changes.length == 0 ? LocalDate.of(2017, 1, 1) : LocalDate.ofEpochDay(changes[0] - 1));
    for (long day : changes) {
      samples.add(LocalDate.ofEpochDay(day));
    }
    return samples;
  }

  /** True when any table has a row for the code. */
  public boolean knows(String code) {
    return byCode.containsKey(code);
  }

  /** The MPFS bilateral surgery indicator (0, 1, 2, 3 or 9), if the fee-schedule table has the code. */
  public Optional<Integer> bilateralIndicator(String code) {
    CodeEdits entry = byCode.get(code);
    return entry == null || entry.bilateralIndicator < 0 ? Optional.empty() : Optional.of(entry.bilateralIndicator);
  }

  /** The MUE for the code on the date in this table, if any. */
  public Optional<MueLimit> mue(EditTable table, String code, LocalDate dateOfService) {
    return Optional.ofNullable(mue(entry(code), table, dateOfService));
  }

  /** The PTP pair with this column one and column two in effect on the date, if any. */
  public Optional<PtpEdit> ptp(EditTable table, String columnOne, String columnTwo, LocalDate dateOfService) {
    return Optional.ofNullable(ptp(entry(columnOne), table, columnTwo, dateOfService));
  }

  /** The add-on file's rows for an add-on code, in effect on the date. */
  public List<AddOnRule> addOnRules(String addOn, LocalDate dateOfService) {
    CodeEdits entry = byCode.get(addOn);
    if (entry == null) {
      return List.of();
    }
    List<AddOnRule> rules = new ArrayList<>();
    for (AddOnRule rule : entry.asAddOn) {
      if (rule.appliesOn(dateOfService)) {
        rules.add(rule);
      }
    }
    return rules;
  }

  CodeEdits entry(String code) {
    return byCode.get(code);
  }

  static MueLimit mue(CodeEdits entry, EditTable table, LocalDate date) {
    if (entry == null) {
      return null;
    }
    MueLimit[] limits = entry.mue[table.ordinal()];
    if (limits == null) {
      return null;
    }
    for (MueLimit limit : limits) {
      if (limit.appliesOn(date)) {
        return limit;
      }
    }
    return null;
  }

  static PtpEdit ptp(CodeEdits columnOne, EditTable table, String columnTwo, LocalDate date) {
    if (columnOne == null) {
      return null;
    }
    Map<String, PtpEdit[]> pairs = columnOne.columnTwo[table.ordinal()];
    if (pairs == null) {
      return null;
    }
    PtpEdit[] edits = pairs.getOrDefault(columnTwo, NO_PTP);
    for (PtpEdit edit : edits) {
      if (edit.appliesOn(date)) {
        return edit;
      }
    }
    return null;
  }

  String ptpSource(EditTable table) {
    return ptpSources[table.ordinal()];
  }

  String mueSource(EditTable table) {
    return mueSources[table.ordinal()];
  }

  String addOnSource() {
    return addOnSource;
  }

  public static EditTablesBuilder builder() {
    return new EditTablesBuilder();
  }
}
