package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that trickle (a header line or a body byte every half second) are never idle, so the
 * idle timeout never closes them; beside {@link SlowClientsTest}'s stalled clients, these must
 * not fill the server either. The header timeout and the slowest body rate close them, and one
 * address cannot hold more than its share of connections, so {@code /health} and {@code /ready}
 * answer another client at once. Bounds are a fraction of the idle timeout, which is what a
 * server without these limits would need (or never reach, for a trickle): behaviour, not speed.
 */
class TricklingClientsTest {
  private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(2);
  private static final int PER_CLIENT = 64;
  private static final long TRICKLE_MILLIS = 500;
  private static final String TRICKLER = "127.0.0.1";
  private static final String OTHER_CLIENT = "127.0.0.2";

  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void closeEverything() {
    trickle.shutdownNow();
    sockets.forEach(TricklingClientsTest::close);
  }

  @Test
  void clients_trickling_headers_are_capped_per_address_closed_at_the_header_timeout_and_health_answers_others()
      throws Exception {
    assumeTrue(reachable(OTHER_CLIENT), "needs the loopback address " + OTHER_CLIENT + " (Linux has 127/8)");
    try (TestServer server = start()) {
      int port = server.server().port();
      List<Socket> tricklers = new ArrayList<>();
      for (int i = 0; i < 420; i++) {
        Socket socket = connect(TRICKLER, port);
        send(socket, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        tricklers.add(socket);
      }
      int[] line = {0};
      trickle.scheduleWithFixedDelay(() -> {
        line[0]++;
        for (Socket socket : tricklers) {
          try {
            send(socket, "X-Trickle-" + line[0] + ": 1\r\n");
          } catch (IOException e) {
            // Closed by the server: what this test wants.
          }
        }
      }, TRICKLE_MILLIS, TRICKLE_MILLIS, TimeUnit.MILLISECONDS);

      long bound = ServerSettings.DEFAULT_IDLE_TIMEOUT.toMillis() / 2;
      assertThat(status(OTHER_CLIENT, port, "/health", bound)).isEqualTo("HTTP/1.1 200 OK");
      assertThat(status(OTHER_CLIENT, port, "/ready", bound)).isEqualTo("HTTP/1.1 200 OK");
      long openNow = tricklers.stream().filter(TricklingClientsTest::open).count();
      assertThat(openNow).as("trickling connections one address holds").isLessThanOrEqualTo(PER_CLIENT);

      // Each has been sending a header line every half second, so only the header timeout can end them.
      long deadline = System.nanoTime() + 3 * HEADER_TIMEOUT.toNanos();
      long stillOpen;
      do {
        Thread.sleep(200);
        stillOpen = tricklers.stream().filter(TricklingClientsTest::open).count();
      } while (stillOpen > 0 && System.nanoTime() < deadline);
      assertThat(stillOpen).as("trickling connections left after three header timeouts").isZero();
      assertThat(status(TRICKLER, port, "/health", bound)).as("the address may connect again")
          .isEqualTo("HTTP/1.1 200 OK");
    }
  }

  @Test
  void a_body_that_trickles_gets_408_after_the_grace_while_coding_goes_on() throws Exception {
    try (TestServer server = start()) {
      int port = server.server().port();
      List<Socket> bodies = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Socket socket = connect(TRICKLER, port);
        send(socket, "POST /v1/coding HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: 4000\r\n\r\n{");
        bodies.add(socket);
      }
      trickle.scheduleWithFixedDelay(() -> {
        for (Socket socket : bodies) {
          try {
            send(socket, " ");
          } catch (IOException e) {
            // Answered and closed.
          }
        }
      }, TRICKLE_MILLIS, TRICKLE_MILLIS, TimeUnit.MILLISECONDS);

      String coded = server.post("/v1/coding", "application/json", CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5"))
          .body();
      long bound = ServerSettings.DEFAULT_IDLE_TIMEOUT.toMillis() - 1000;
      for (Socket socket : bodies) {
        socket.setSoTimeout((int) bound);
        assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 408 Request Timeout");
      }
      assertThat(coded).contains("62323");
    }
  }

  private static TestServer start() {
    return TestServer.start(ServerSettings.defaults().withPort(0)
        .withSlowClientLimits(HEADER_TIMEOUT, ServerSettings.DEFAULT_MIN_BODY_BYTES_PER_SECOND, PER_CLIENT),
        TestServer.ENGINE);
  }

  private Socket connect(String from, int port) throws IOException {
    Socket socket = new Socket();
    sockets.add(socket);
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    return socket;
  }

  private String status(String from, int port, String path, long timeoutMillis) throws IOException {
    Socket socket = connect(from, port);
    socket.setSoTimeout((int) timeoutMillis);
    send(socket, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    return statusLine(socket.getInputStream());
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
  }

  /** Whether the server still holds the connection: reads (past any answer it sent) neither see its end nor fail. */
  private static boolean open(Socket socket) {
    try {
      socket.setSoTimeout(1);
      while (socket.getInputStream().read() >= 0) {
        // An answer before the close, such as a 408: read on to the end.
      }
      return false;
    } catch (SocketTimeoutException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean reachable(String address) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Best effort.
    }
  }
}
