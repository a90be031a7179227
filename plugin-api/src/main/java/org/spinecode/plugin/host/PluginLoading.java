package org.spinecode.plugin.host;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one plugin's loading step (its constructor and {@code descriptor()}) on a daemon thread of
 * its own and waits at most the loading timeout, so a plugin that hangs while it is loaded fails
 * discovery, naming its jar, instead of hanging every command. The thread of a plugin that hangs
 * is left behind: Java cannot stop it, and being a daemon it does not keep the process alive.
 */
final class PluginLoading {
  /** Far beyond what creating a plugin takes, even on a cold and busy JVM. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private PluginLoading() {}

  /**
   * @throws TimeoutException when the step did not finish in time
   * @throws RuntimeException or {@link Error} as the step threw it
   */
  static <T> T within(Duration timeout, String name, Callable<T> step) throws TimeoutException {
    FutureTask<T> task = new FutureTask<>(step);
    Thread thread = new Thread(task, "spinecode-plugin-loading " + name);
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new IllegalStateException("interrupted while loading " + name, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
