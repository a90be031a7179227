package org.spinecode.cli.command;

import java.io.PrintWriter;

/** A progress line on a terminal's standard error for runs longer than a couple of seconds. */
final class Progress {
  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long nextReport = start + QUIET_NANOS;
  private long count;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void tick() {
    tick(1);
  }

  void tick(int records) {
    long before = count;
    count += records;
    if (enabled && (before >>> 10) != (count >>> 10)) {
      long now = System.nanoTime();
      if (now >= nextReport) {
        nextReport = now + EVERY_NANOS;
        shown = true;
        err.print("\rcoded " + String.format("%,d", count) + " encounters ("
            + String.format("%,d", count * 1_000_000_000L / Math.max(1, now - start)) + "/s)");
        err.flush();
      }
    }
  }

  void done() {
    if (shown) {
      err.println("\rcoded " + String.format("%,d", count) + " encounters in "
          + String.format("%.1f", (System.nanoTime() - start) / 1e9) + " s");
      err.flush();
    }
  }
}
