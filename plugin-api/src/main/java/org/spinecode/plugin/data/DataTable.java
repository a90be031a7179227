package org.spinecode.plugin.data;

import org.immutables.value.Value;

/** One loaded reference table, for listings: what it is, where it came from, its version and size. */
@Value.Immutable
public abstract class DataTable {

  /** Short name, such as {@code ncci-ptp-practitioner}. */
  @Value.Parameter
  public abstract String name();

  /** The file or resource it was read from, and its publisher. */
  @Value.Parameter
  public abstract String source();

  /** Quarter or version, such as {@code 2024Q3}. */
  @Value.Parameter
  public abstract String version();

  @Value.Parameter
  public abstract int rows();

  public static DataTable of(String name, String source, String version, int rows) {
    return ImmutableDataTable.of(name, source, version, rows);
  }
}
