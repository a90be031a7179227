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
 * Invalid input is the caller's mistake, not the plugin's, and still propagates. An out-of-memory
 * error is the whole JVM's problem and propagates too.
 *
 * <p>{@link #direct()} calls on the caller's thread, which costs nothing but cannot stop a coder
 * that never returns; {@link #timed(Duration)} calls on a daemon thread and gives up after the
 * timeout, at the price of a thread hand-off per session. The adapters pick.
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

  abstract FamilyCoding call(FamilyRoute route, Session session);

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
    FamilyCoding call(FamilyRoute route, Session session) {
      try {
        return route.coder().code(session);
      } catch (InvalidInputException | OutOfMemoryError e) {
        throw e;
      } catch (Throwable e) {
        return failed(route, session, "failed (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private static final class Timed extends FamilyCalls {
    /** Shared by every timed engine; a coder that hangs keeps its thread, and a new one is made. */
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
    FamilyCoding call(FamilyRoute route, Session session) {
      Future<FamilyCoding> coding = THREADS.submit(() -> Direct.INSTANCE.call(route, session));
      try {
        return coding.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        coding.cancel(true);
        return failed(route, session, "did not answer within " + timeout.toMillis() + " ms");
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
