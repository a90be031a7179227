package org.spinecode.rest.wire;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.edit.DataTable;

/** The reference data a server or CLI codes with: its short version and every loaded table. */
public record DataView(String dataVersion, List<TableView> tables) {

  /** One loaded table: name, source, quarter or version, row count. */
  public record TableView(String name, String source, String version, int rows) {}

  public static DataView of(String dataVersion, List<DataTable> tables) {
    List<TableView> views = new ArrayList<>();
    for (DataTable table : tables) {
      views.add(new TableView(table.name(), table.source(), table.version(), table.rows()));
    }
    return new DataView(dataVersion, List.copyOf(views));
  }
}
