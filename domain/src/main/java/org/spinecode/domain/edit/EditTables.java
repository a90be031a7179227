package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/**
 * CMS's NCCI tables for one quarter (procedure-to-procedure pairs and MUEs for the practitioner
 * and outpatient-hospital tables, the add-on code file) and the fee-schedule bilateral
 * indicators, indexed by code once when built, so that judging a claim never scans a table.
 * Immutable; share one instance.
 */
public final class EditTables {
  private static final EditTable[] TABLES = EditTable.values();
  private static final PtpEdit[] NO_PTP = new PtpEdit[0];

  private final String quarter;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final Map<String, Entry> byCode;
  private final String[] ptpSources;
  private final String[] mueSources;
  private final String addOnSource;
  private final List<DataTable> tables;
  /** The days (epoch days, ascending) on which a PTP pair, an MUE or the quarter starts or stops applying. */
  private final long[] changes;

  /** Everything known about one code, by table. */
  static final class Entry {
    @SuppressWarnings("unchecked")
    final Map<String, PtpEdit[]>[] columnTwo = new Map[TABLES.length];
    final MueLimit[][] mue = new MueLimit[TABLES.length][];
    AddOnRule[] asAddOn = new AddOnRule[0];
    int bilateralIndicator = -1;

    /**
     * A copy the builder cannot change any more, so that built tables stay as built (findings
     * of claims already judged are kept). The builder replaces row arrays rather than writing
     * into them, so they are shared.
     */
    Entry copy() {
      Entry copy = new Entry();
      for (int t = 0; t < TABLES.length; t++) {
        copy.columnTwo[t] = columnTwo[t] == null ? null : new HashMap<>(columnTwo[t]);
        copy.mue[t] = mue[t];
      }
      copy.asAddOn = asAddOn;
      copy.bilateralIndicator = bilateralIndicator;
      return copy;
    }
  }

  private EditTables(Builder builder) {
    this.quarter = builder.quarter;
    this.firstDay = builder.firstDay;
    this.lastDay = builder.lastDay;
    this.byCode = new HashMap<>();
    builder.byCode.forEach((code, entry) -> byCode.put(code, entry.copy()));
    this.ptpSources = builder.ptpSources.clone();
    this.mueSources = builder.mueSources.clone();
    this.addOnSource = builder.addOnSource;
    this.tables = List.copyOf(builder.tables);
    this.changes = changes(byCode.values(), firstDay, lastDay);
  }

  private static long[] changes(Collection<Entry> entries, LocalDate firstDay, LocalDate lastDay) {
    TreeSet<Long> days = new TreeSet<>();
    addSpan(days, Optional.ofNullable(firstDay), Optional.ofNullable(lastDay));
    for (Entry entry : entries) {
      for (Map<String, PtpEdit[]> pairs : entry.columnTwo) {
        if (pairs != null) {
          for (PtpEdit[] edits : pairs.values()) {
            for (PtpEdit edit : edits) {
              addSpan(days, edit.effectiveFrom(), edit.lastDay());
            }
          }
        }
      }
      for (MueLimit[] limits : entry.mue) {
        if (limits != null) {
          for (MueLimit limit : limits) {
            addSpan(days, limit.effectiveFrom(), limit.lastDay());
          }
        }
      }
    }
    return days.stream().mapToLong(Long::longValue).toArray();
  }

  private static void addSpan(Set<Long> days, Optional<LocalDate> first, Optional<LocalDate> last) {
    first.ifPresent(day -> days.add(day.toEpochDay()));
    last.ifPresent(day -> days.add(day.toEpochDay() + 1));
  }

  /** No tables: claim edits judge code dates only. */
  public static EditTables empty() {
    return builder().build();
  }

  /** The NCCI quarter, such as {@code 2024Q3}; empty when nothing was loaded. */
  public String quarter() {
    return quarter;
  }

  /** True when the date of service falls in the quarter the tables are for. */
  public boolean inQuarter(LocalDate dateOfService) {
    return firstDay == null || (!dateOfService.isBefore(firstDay) && !dateOfService.isAfter(lastDay));
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

  /** The loaded tables, for listings. */
  public List<DataTable> tables() {
    return tables;
  }

  /** True when any table has a row for the code. */
  public boolean knows(String code) {
    return byCode.containsKey(code);
  }

  /** The MPFS bilateral surgery indicator (0, 1, 2, 3 or 9), if the fee-schedule table has the code. */
  public Optional<Integer> bilateralIndicator(String code) {
    Entry entry = byCode.get(code);
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
    Entry entry = byCode.get(addOn);
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

  Entry entry(String code) {
    return byCode.get(code);
  }

  static MueLimit mue(Entry entry, EditTable table, LocalDate date) {
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

  static PtpEdit ptp(Entry columnOne, EditTable table, String columnTwo, LocalDate date) {
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

  public static Builder builder() {
    return new Builder();
  }

  /** Collects rows, then indexes them by code. Not thread-safe; build once at start. */
  public static final class Builder {
    private String quarter = "";
    private LocalDate firstDay;
    private LocalDate lastDay;
    private final Map<String, Entry> byCode = new HashMap<>();
    private final String[] ptpSources = {"CMS NCCI PTP edits, practitioner", "CMS NCCI PTP edits, outpatient hospital"};
    private final String[] mueSources = {"CMS NCCI MUE, practitioner services", "CMS NCCI MUE, outpatient hospital services"};
    private String addOnSource = "CMS NCCI add-on code edits";
    private final List<DataTable> tables = new ArrayList<>();

    private Builder() {}

    /** The quarter the tables are for, such as {@code 2024Q3} from 2024-07-01 to 2024-09-30. */
    public Builder quarter(String name, LocalDate first, LocalDate last) {
      this.quarter = name;
      this.firstDay = first;
      this.lastDay = last;
      return this;
    }

    /** The authority named in PTP findings for this table. */
    public Builder ptpSource(EditTable table, String source) {
      ptpSources[table.ordinal()] = source;
      return this;
    }

    public Builder mueSource(EditTable table, String source) {
      mueSources[table.ordinal()] = source;
      return this;
    }

    public Builder addOnSource(String source) {
      this.addOnSource = source;
      return this;
    }

    public Builder addTable(DataTable table) {
      tables.add(table);
      return this;
    }

    public Builder addPtp(PtpEdit edit) {
      Entry entry = byCode.computeIfAbsent(edit.columnOne(), c -> new Entry());
      byCode.computeIfAbsent(edit.columnTwo(), c -> new Entry());
      int t = edit.table().ordinal();
      if (entry.columnTwo[t] == null) {
        entry.columnTwo[t] = new HashMap<>();
      }
      entry.columnTwo[t].merge(edit.columnTwo(), new PtpEdit[] {edit}, Builder::concat);
      return this;
    }

    public Builder addMue(MueLimit limit) {
      Entry entry = byCode.computeIfAbsent(limit.code(), c -> new Entry());
      int t = limit.table().ordinal();
      MueLimit[] limits = entry.mue[t] == null ? new MueLimit[0] : entry.mue[t];
      limits = Arrays.copyOf(limits, limits.length + 1);
      limits[limits.length - 1] = limit;
      entry.mue[t] = limits;
      return this;
    }

    public Builder addAddOn(AddOnRule rule) {
      Entry entry = byCode.computeIfAbsent(rule.addOn(), c -> new Entry());
      rule.primary().ifPresent(primary -> byCode.computeIfAbsent(primary, c -> new Entry()));
      entry.asAddOn = Arrays.copyOf(entry.asAddOn, entry.asAddOn.length + 1);
      entry.asAddOn[entry.asAddOn.length - 1] = rule;
      return this;
    }

    /** The MPFS bilateral surgery indicator of a code. */
    public Builder bilateralIndicator(String code, int indicator) {
      byCode.computeIfAbsent(code, c -> new Entry()).bilateralIndicator = indicator;
      return this;
    }

    public EditTables build() {
      return new EditTables(this);
    }

    private static PtpEdit[] concat(PtpEdit[] a, PtpEdit[] b) {
      PtpEdit[] all = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      return all;
    }
  }
}
