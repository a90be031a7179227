package org.spinecode.plugin.host.diagnosis;

import org.immutables.value.Value;

/** How many rows of one export file were read, and how many were kept by the filter. */
@Value.Immutable
public abstract class FileRows {

  @Value.Parameter
  public abstract String file();

  @Value.Parameter
  public abstract int read();

  @Value.Parameter
  public abstract int kept();

  public static FileRows of(String file, int read, int kept) {
    return ImmutableFileRows.of(file, read, kept);
  }

  @Override
  public String toString() {
    return file() + ": " + kept() + " of " + read() + " rows";
  }
}
