package org.spinecode.cli.command;

/**
 * The input as a whole is not what {@code code} reads (empty, not JSON or CSV, a CSV header with
 * unknown columns, a folder): a usage error, exit code 2, rather than records refused one by one.
 */
public final class InputProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Encounters as the contract's JSON, one per line, or CSV with a header row. */
  static final String EXPECTED = "expected encounters as a JSON object or array (CONTRACT.md), NDJSON (one"
      + " object per line) or CSV with a header row (see spinecode code --help)";

  public InputProblem(String message) {
    super(message, null, false, false);
  }
}
