package org.spinecode.domain.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.Session;

/**
 * Calls a family coder so that its failure costs only its own session: an exception or an error
 * such as StackOverflowError or NoClassDefFoundError from a drop-in jar becomes an ERROR
 * {@code CODING_FAILED} naming the plugin, never the exception message (it may echo input).
 * A coder that returns null fails the same way. Invalid input is the caller's mistake, not the
 * plugin's, and still propagates. An out-of-memory error is the whole JVM's problem and propagates
 * too.
 *
 * <p>{@link #direct()} calls on the caller's thread, which costs nothing but cannot stop a coder
 * that never returns; {@link #timed(Duration)} calls on a daemon thread and gives up after the
 * timeout, at the price of a thread hand-off per session. The adapters pick. A plugin that did
 * not answer in time is quarantined: its thread cannot be stopped (Java has no safe way to stop a
 * thread, and {@code Thread.stop} is gone), so no further thread is handed to it, and its
 * procedures are refused at once, whichever way the engine calls.
 */
public abstract class FamilyCalls {
  static final String SOURCE = "SpineCode failure policy (docs/CONTRACT.md)";

  FamilyCalls() {}

  /** Calls on the caller's thread. */
  public static FamilyCalls direct() {
    return Direct.INSTANCE;
  }

  /** Calls on a daemon thread and gives up after {@code timeout}. */
  public static FamilyCalls timed(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a plugin timeout must be positive: " + timeout);
    }
    return new Timed(timeout);
  }

  /** Codes the session, or refuses it with {@code CODING_FAILED} if the plugin failed or is quarantined. */
  final FamilyCoding call(FamilyRoute route, Session session, Quarantine quarantine) {
    FamilyCoding refusal = quarantine.refusal(route, session);
    return refusal != null ? refusal : attempt(route, session, quarantine);
  }

  abstract FamilyCoding attempt(FamilyRoute route, Session session, Quarantine quarantine);

  static FamilyCoding failed(FamilyRoute route, Session session, String what) {
    return FamilyCoding.refused(Finding.of(RuleIds.CODING_FAILED, Severity.ERROR,
        "The " + route.pluginId() + " plugin (version " + route.pluginVersion() + ") " + what
            + " while coding " + session.paths() + "; no line was produced for it."
            + " The other procedures were coded",
        List.of(), SOURCE));
  }

  private static final class Direct extends FamilyCalls {
    static final Direct INSTANCE = new Direct();

    @Override
    FamilyCoding attempt(FamilyRoute route, Session session, Quarantine quarantine) {
      return code(route, session);
    }

    static FamilyCoding code(FamilyRoute route, Session session) {
      try {
        FamilyCoding coding = route.coder().code(session);
        return coding != null ? coding : failed(route, session, "returned no coding (null)");
      } catch (InvalidInputException | OutOfMemoryError e) {
        throw e;
      } catch (Throwable e) {
        return failed(route, session, "failed (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private static final class Timed extends FamilyCalls {
    /** Shared by every timed engine; a coder that hangs keeps its thread until its plugin is quarantined. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "spinecode-family-call");
      thread.setDaemon(true);
      return thread;
    });

    private final Duration timeout;

    Timed(Duration timeout) {
      this.timeout = timeout;
    }

    @Override
    FamilyCoding attempt(FamilyRoute route, Session session, Quarantine quarantine) {
      Future<FamilyCoding> coding = THREADS.submit(() -> Direct.code(route, session));
      try {
        return coding.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // An interrupt is all Java offers; a coder that ignores it keeps its thread for good.
        coding.cancel(true);
        String late = "did not answer within " + timeout.toMillis() + " ms";
        quarantine.add(route, late);
        return failed(route, session, late + " and is quarantined until SpineCode restarts");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw (Error) e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        coding.cancel(true);
        return failed(route, session, "was interrupted");
      }
    }
  }
}
