package org.spinecode.domain.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/** Collects the rows of CMS's edit tables, then indexes them by code. Not thread-safe; build once at start. */
public final class EditTablesBuilder {
  private final Map<String, CodeEdits> byCode = new HashMap<>();
  private final String[] ptpSources = {"CMS NCCI PTP edits, practitioner", "CMS NCCI PTP edits, outpatient hospital"};
  private final String[] mueSources = {"CMS NCCI MUE, practitioner services", "CMS NCCI MUE, outpatient hospital services"};
  private String addOnSource = "CMS NCCI add-on code edits";
  private final List<Edition> editions = new ArrayList<>();

  EditTablesBuilder() {}

  /** The release of one loaded table, such as {@code ncci-mue-practitioner} 2024Q3 for 2024-07-01 to 2024-09-30. */
  public EditTablesBuilder edition(Edition edition) {
    editions.add(edition);
    return this;
  }

  /** The authority named in PTP findings for this table, with its release. */
  public EditTablesBuilder ptpSource(EditTable table, String source) {
    ptpSources[table.ordinal()] = source;
    return this;
  }

  public EditTablesBuilder mueSource(EditTable table, String source) {
    mueSources[table.ordinal()] = source;
    return this;
  }

  public EditTablesBuilder addOnSource(String source) {
    this.addOnSource = source;
    return this;
  }

  public EditTablesBuilder addPtp(PtpEdit edit) {
    CodeEdits entry = byCode.computeIfAbsent(edit.columnOne(), c -> new CodeEdits());
    byCode.computeIfAbsent(edit.columnTwo(), c -> new CodeEdits());
    int t = edit.table().ordinal();
    if (entry.columnTwo[t] == null) {
      entry.columnTwo[t] = new HashMap<>();
    }
    entry.columnTwo[t].merge(edit.columnTwo(), new PtpEdit[] {edit}, EditTablesBuilder::concat);
    return this;
  }

  public EditTablesBuilder addMue(MueLimit limit) {
    CodeEdits entry = byCode.computeIfAbsent(limit.code(), c -> new CodeEdits());
    int t = limit.table().ordinal();
    MueLimit[] limits = entry.mue[t] == null ? new MueLimit[0] : entry.mue[t];
    limits = Arrays.copyOf(limits, limits.length + 1);
    limits[limits.length - 1] = limit;
    entry.mue[t] = limits;
    return this;
  }

  public EditTablesBuilder addAddOn(AddOnRule rule) {
    CodeEdits entry = byCode.computeIfAbsent(rule.addOn(), c -> new CodeEdits());
    rule.primary().ifPresent(primary -> byCode.computeIfAbsent(primary, c -> new CodeEdits()));
    entry.asAddOn = Arrays.copyOf(entry.asAddOn, entry.asAddOn.length + 1);
    entry.asAddOn[entry.asAddOn.length - 1] = rule;
    return this;
  }

  /** The MPFS bilateral surgery indicator of a code. */
  public EditTablesBuilder bilateralIndicator(String code, int indicator) {
    byCode.computeIfAbsent(code, c -> new CodeEdits()).bilateralIndicator = indicator;
    return this;
  }

  public EditTables build() {
    return new EditTables(byCode, ptpSources, mueSources, addOnSource, editions);
  }

  private static PtpEdit[] concat(PtpEdit[] a, PtpEdit[] b) {
    PtpEdit[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
