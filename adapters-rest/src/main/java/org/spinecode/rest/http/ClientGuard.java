package org.spinecode.rest.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps clients that trickle from holding connections: the idle timeout never fires while bytes
 * keep arriving, so a client sending one header line every two seconds could hold a connection
 * for ever, and 400 of them every connection. Two limits Jetty lacks:
 *
 * <ul>
 *   <li>a connection must deliver a request's headers within the header timeout, counted from when
 *       it opened or its previous response ended (a sweep closes those that have not; a request
 *       being handled is never cut, its body has its own limit in {@link RequestBodies});
 *   <li>one client address holds at most so many connections; more are closed as they open, so a
 *       single client cannot fill the server's connection limit.
 * </ul>
 *
 * Wraps the server's handlers (to see when a request starts and ends) and listens to the
 * connector's connections.
 */
final class ClientGuard extends Handler.Wrapper implements Connection.Listener {
  private final long headerTimeoutNanos;
  private final int maxPerClient;
  private final Map<Connection, Tracked> open = new ConcurrentHashMap<>();
  private final Map<InetAddress, Integer> perClient = new ConcurrentHashMap<>();
  private ScheduledExecutorService sweeper;

  ClientGuard(Handler handler, Duration headerTimeout, int maxPerClient) {
    super(handler);
    this.headerTimeoutNanos = headerTimeout.toNanos();
    this.maxPerClient = maxPerClient;
  }

  /** A connection's client and whether it must send headers by when. */
  private static final class Tracked {
    final InetAddress client;
    volatile boolean handling;
    volatile long headersDue;

    Tracked(InetAddress client, long headersDue) {
      this.client = client;
      this.headersDue = headersDue;
    }
  }

  @Override
  protected void doStart() throws Exception {
    sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "spinecode-http-sweep");
      thread.setDaemon(true);
      return thread;
    });
    // A tenth of the timeout: a connection overstays by at most that much.
    long period = Math.max(TimeUnit.MILLISECONDS.toNanos(50), headerTimeoutNanos / 10);
    sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.NANOSECONDS);
    super.doStart();
  }

  @Override
  protected void doStop() throws Exception {
    sweeper.shutdownNow();
    super.doStop();
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress client = connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress socket
        ? socket.getAddress() : null;
    open.put(connection, new Tracked(client, System.nanoTime() + headerTimeoutNanos));
    if (client != null && perClient.merge(client, 1, Integer::sum) > maxPerClient) {
      connection.close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    Tracked tracked = open.remove(connection);
    if (tracked != null && tracked.client != null) {
      perClient.computeIfPresent(tracked.client, (client, count) -> count == 1 ? null : count - 1);
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Tracked tracked = open.get(request.getConnectionMetaData().getConnection());
    if (tracked == null) {
      return super.handle(request, response, callback);
    }
    tracked.handling = true;
    boolean handled = super.handle(request, response, new Callback.Nested(callback) {
      @Override
      public void completed() {
        tracked.headersDue = System.nanoTime() + headerTimeoutNanos;
        tracked.handling = false;
      }
    });
    if (!handled) {
      tracked.headersDue = System.nanoTime() + headerTimeoutNanos;
      tracked.handling = false;
    }
    return handled;
  }

  private void sweep() {
    long now = System.nanoTime();
    open.forEach((connection, tracked) -> {
      if (!tracked.handling && now - tracked.headersDue > 0) {
        connection.close();
      }
    });
  }
}
