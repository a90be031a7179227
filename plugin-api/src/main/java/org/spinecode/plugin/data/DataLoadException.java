package org.spinecode.plugin.data;

/**
 * A reference table could not be read: the message names the file (or resource) and line, and
 * never carries a stack trace or the row's content beyond the field at fault.
 */
public final class DataLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataLoadException(String file, int line, String problem) {
    this(file + (line > 0 ? ":" + line : ""), problem);
  }

  /** {@code origin}: the file and line already joined, such as {@code facet-codes.csv:12}. */
  public DataLoadException(String origin, String problem) {
    super(origin + ": " + problem, null, false, false);
  }
}
