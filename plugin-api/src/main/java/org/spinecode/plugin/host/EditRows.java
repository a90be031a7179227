package org.spinecode.plugin.host;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.edit.Edition;
import org.spinecode.domain.policy.DateRange;

/**
 * The rows loaded for one CMS edit table (PTP practitioner, MUE outpatient hospital, the add-on
 * file, ...), with the release they are and where they came from. A file found for the table in a
 * data folder replaces the bundled rows, release and source together.
 *
 * @param <T> the row type
 */
final class EditRows<T> {
  final String table;
  final List<T> rows = new ArrayList<>();
  String version = "";
  DateRange quarter = DateRange.always();
  String source = "";

  EditRows(String table) {
    this.table = table;
  }

  void replace(List<T> newRows, String newVersion, DateRange newQuarter, String newSource) {
    rows.clear();
    rows.addAll(newRows);
    version = newVersion;
    quarter = newQuarter;
    source = newSource;
  }

  Edition edition() {
    return Edition.of(table, version, quarter);
  }

  /** The source as findings cite it, with the release. */
  String citation() {
    return source + ", " + version;
  }
}
