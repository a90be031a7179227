package org.spinecode.cli.command;

/** The process exit codes, as documented in the README. */
public final class ExitCodes {
  /** Every record coded, no ERROR finding. */
  public static final int OK = 0;
  /** Some records were refused or had an ERROR finding; the others were coded. */
  public static final int RECORD_ERRORS = 1;
  /** Bad command line: unknown option, missing file, wrong value. */
  public static final int USAGE = 2;
  /** A plugin could not be loaded, or plugins conflict. */
  public static final int PLUGIN_FAILURE = 3;
  /** Anything unexpected (an I/O failure, a bug); rerun with --debug for the stack trace. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
