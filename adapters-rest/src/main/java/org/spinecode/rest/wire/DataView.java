package org.spinecode.rest.wire;

import java.util.List;

/** The reference data a server or CLI codes with: its short version and every loaded table. */
public record DataView(String dataVersion, List<TableView> tables) {

  /** One loaded table: name, source, quarter or version, row count. */
  public record TableView(String name, String source, String version, int rows) {}

  public DataView {
    tables = List.copyOf(tables);
  }
}
