package org.spinecode.rest.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the REST server listens, what it accepts, and how it protects itself from slow clients
 * (see docs/REST.md, "Connections and timeouts").
 *
 * @param host the address to bind; {@code 127.0.0.1} keeps the server private to the machine
 * @param port the TCP port; 0 picks a free one (see {@link RestServer#port()})
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param maxBatchSize the most encounters one batch request may carry; more get 413
 * @param idleTimeout how long a connection may sit idle, or stall mid-request, before it is closed
 * @param stopTimeout how long {@link RestServer#close()} lets requests in flight finish
 * @param maxConnections the most connections open at once; further ones wait to be accepted
 * @param maxThreads the most request threads
 * @param debug log stack traces (never messages) of unexpected failures
 * @param headerTimeout how long a connection has to send a request's headers, from when it opened
 *     or its previous response ended, however steadily the bytes trickle in
 * @param minBodyBytesPerSecond the slowest a body may arrive: it may take {@code headerTimeout}
 *     plus one second for every this many bytes
 * @param maxConnectionsPerClient the most connections one client address may hold open; more are
 *     closed at once
 * @param apiKeys the keys a request to {@code /v1/} must carry, or {@link ApiKeys#none()}
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int maxBatchSize,
    Duration idleTimeout, Duration stopTimeout, int maxConnections, int maxThreads, boolean debug,
    Duration headerTimeout, long minBodyBytesPerSecond, int maxConnectionsPerClient, ApiKeys apiKeys) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  /** 1 MiB: some hundred typical encounters, far below what would strain the heap. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
  public static final int DEFAULT_MAX_BATCH_SIZE = 1000;
  /** Long enough for a keep-alive page, short enough that a stalled client lets go soon. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(5);
  /** Far more than a coding service needs, well under the default 1024 open files of a process. */
  public static final int DEFAULT_MAX_CONNECTIONS = 400;
  /** Every connection can hold a thread, and Jetty's acceptor, selectors and reserve still have some. */
  public static final int DEFAULT_MAX_THREADS = 500;
  /** Headers are a few hundred bytes: any client on any network sends them in well under a second. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  /** 1 KiB/s: a 1 MiB body may take 17 minutes, a typical batch of 100 encounters under a minute. */
  public static final long DEFAULT_MIN_BODY_BYTES_PER_SECOND = 1024;
  /** Some browsers' and clients' pools with room to spare; a gateway in front needs it raised. */
  public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 64;
  /** Threads Jetty keeps for itself (acceptor, selectors) and for requests beyond the connections. */
  static final int SPARE_THREADS = 32;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    Objects.requireNonNull(headerTimeout, "headerTimeout");
    Objects.requireNonNull(apiKeys, "apiKeys");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be positive, was " + maxBatchSize);
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
    }
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stopTimeout must not be negative, was " + stopTimeout);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive, was " + maxConnections);
    }
    if (maxThreads < maxConnections + SPARE_THREADS) {
      throw new IllegalArgumentException("maxThreads must exceed maxConnections by at least " + SPARE_THREADS
          + " so that stalled connections cannot take every thread; was " + maxThreads + " for " + maxConnections);
    }
    if (headerTimeout.isNegative() || headerTimeout.isZero()) {
      throw new IllegalArgumentException("headerTimeout must be positive, was " + headerTimeout);
    }
    if (minBodyBytesPerSecond < 1) {
      throw new IllegalArgumentException("minBodyBytesPerSecond must be positive, was " + minBodyBytesPerSecond);
    }
    if (maxConnectionsPerClient < 1 || maxConnectionsPerClient > maxConnections) {
      throw new IllegalArgumentException("maxConnectionsPerClient must be 1-" + maxConnections + " (maxConnections), was "
          + maxConnectionsPerClient);
    }
  }

  /** Loopback on port 8080 with the default limits and no API keys. */
  public static ServerSettings defaults() {
    return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_SIZE,
        DEFAULT_IDLE_TIMEOUT, DEFAULT_STOP_TIMEOUT, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_THREADS, false,
        DEFAULT_HEADER_TIMEOUT, DEFAULT_MIN_BODY_BYTES_PER_SECOND, DEFAULT_MAX_CONNECTIONS_PER_CLIENT, ApiKeys.none());
  }

  public ServerSettings withHost(String host) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }

  public ServerSettings withPort(int port) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }

  public ServerSettings withMaxBodyBytes(long maxBodyBytes) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }

  public ServerSettings withMaxBatchSize(int maxBatchSize) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }

  public ServerSettings withIdleTimeout(Duration idleTimeout) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }

  public ServerSettings withStopTimeout(Duration stopTimeout) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }

  /** Slow clients: the header timeout, the slowest body accepted, and the connections one address may hold. */
  public ServerSettings withSlowClientLimits(Duration headerTimeout, long minBodyBytesPerSecond,
      int maxConnectionsPerClient) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }

  public ServerSettings withApiKeys(ApiKeys apiKeys) {
    return new ServerSettings(host, port, maxBodyBytes, maxBatchSize, idleTimeout, stopTimeout, maxConnections,
        maxThreads, debug, headerTimeout, minBodyBytesPerSecond, maxConnectionsPerClient, apiKeys);
  }
}
