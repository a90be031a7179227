package org.spinecode.cli.command;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Says when the JIT has caught up with a batch run. Until the coding path is compiled, a record
 * costs several times its steady-state CPU, and every coding thread added then competes with the
 * compiler threads for the cores: on two cores a second coding thread from the start made a
 * 200,000-record run cost twice the CPU (docs/PERFORMANCE.md). So a run codes on one thread until
 * compilation has quietened (under half the elapsed time over the last quarter second),
 * or after {@link #PATIENCE} checks whatever the compiler does.
 */
final class JitWarmth {
  private static final long WINDOW_NANOS = 250_000_000L;
  private static final int PATIENCE = 12;

  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private long since = System.nanoTime();
  private long compiledMillis = compiledMillis();
  private int checks;

  /** Asked after each batch; true once the compiler has caught up. */
  boolean warm() {
    if (jit == null || !jit.isCompilationTimeMonitoringSupported() || ++checks >= PATIENCE) {
      return true;
    }
    long now = System.nanoTime();
    if (now - since < WINDOW_NANOS) {
      return false;
    }
    long compiled = compiledMillis();
    boolean quiet = (compiled - compiledMillis) * 2_000_000L < now - since;
    since = now;
    compiledMillis = compiled;
    return quiet;
  }

  private long compiledMillis() {
    return jit == null || !jit.isCompilationTimeMonitoringSupported() ? 0 : jit.getTotalCompilationTime();
  }
}
