package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that open a connection, send a request's headers and then stall must not keep anyone
 * else waiting: the server reads bodies without holding a request thread, so /health and coding
 * still answer. A server that held threads would answer only once the stalled connections reach
 * the idle timeout; the bound is half of it, so the test judges that behaviour, not the machine's
 * speed (the latency itself is measured in docs/PERFORMANCE.md). All connections come from one
 * address, so the per-client limit is raised to the connection limit: it is threads that are
 * judged here ({@link TricklingClientsTest} judges the per-client limit).
 */
class SlowClientsTest {
  private static final int STALLED = 300;

  @Test
  void health_and_coding_answer_long_before_the_idle_timeout_while_300_connections_stall_after_their_headers() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    ServerSettings settings = ServerSettings.defaults().withPort(0).withSlowClientLimits(
        ServerSettings.DEFAULT_HEADER_TIMEOUT, ServerSettings.DEFAULT_MIN_BODY_BYTES_PER_SECOND,
        ServerSettings.DEFAULT_MAX_CONNECTIONS);
    try (TestServer server = TestServer.start(settings, TestServer.ENGINE)) {
      int port = server.server().port();
      for (int i = 0; i < STALLED; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        String request = switch (i % 3) {
          // Headers and a declared body that never comes.
          case 0 -> "POST /v1/coding HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Content-Length: 4000\r\n\r\n";
          // Part of the body, then nothing.
          case 1 -> "POST /v1/coding/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
              + "Content-Length: 4000\r\n\r\n{\"id\":\"slow\",";
          // Headers that never end.
          default -> "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n";
        };
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        stalled.add(socket);
      }

      long slowest = 0;
      for (int i = 0; i < 10; i++) {
        long start = System.nanoTime();
        HttpResponse<String> health = server.get("/health");
        slowest = Math.max(slowest, System.nanoTime() - start);
        assertThat(health.statusCode()).isEqualTo(200);
      }
      long start = System.nanoTime();
      HttpResponse<String> coded = server.post("/v1/coding", "application/json", "{\"dateOfService\":\"2026-03-02\","
          + "\"payer\":\"COMMERCIAL\",\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\","
          + "\"purpose\":\"DIAGNOSTIC\",\"targets\":[{\"level\":\"L4-L5\",\"side\":\"LEFT\"}]}]}");
      long coding = System.nanoTime() - start;
      System.out.printf("slowest /health of 10 with %d stalled connections: %.1f ms; POST /v1/coding: %.1f ms%n",
          STALLED, slowest / 1e6, coding / 1e6);

      stalled.forEach(SlowClientsTest::close);

      assertThat(coded.statusCode()).isEqualTo(200);
      long bound = ServerSettings.DEFAULT_IDLE_TIMEOUT.toNanos() / 2;
      assertThat(slowest).as("slowest /health in ns").isLessThan(bound);
      assertThat(coding).as("POST /v1/coding in ns").isLessThan(bound);
    } finally {
      stalled.forEach(SlowClientsTest::close);
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is best effort: the server drops it at its idle timeout anyway.
    }
  }
}
