package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spinecode.rest.http.CodingApiTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Body and batch limits, refusals by the container, and failures inside the server. */
class LimitsAndFailuresTest {

  @Test
  void a_body_over_the_limit_is_a_413_problem() throws Exception {
    try (TestServer server = TestServer.start(ServerSettings.defaults().withPort(0).withMaxBodyBytes(2048), TestServer.ENGINE)) {
      String big = "{\"id\": \"" + "x".repeat(4096) + "\"}";

      JsonNode problem = problem(server.post("/v1/coding", "application/json", big), 413);

      assertThat(problem.get("code").asText()).isEqualTo("BODY_TOO_LARGE");
      assertThat(problem.get("detail").asText()).contains("2048");
    }
  }

  @Test
  void a_streamed_body_over_the_limit_without_a_length_is_a_413_problem() throws Exception {
    try (TestServer server = TestServer.start(ServerSettings.defaults().withPort(0).withMaxBodyBytes(2048), TestServer.ENGINE)) {
      byte[] big = ("[" + String.join(",", Collections.nCopies(200, CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5"))) + "]")
          .getBytes(StandardCharsets.UTF_8);
      HttpRequest.Builder chunked = HttpRequest.newBuilder(server.uri("/v1/coding/batch"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

      assertThat(problem(server.send(chunked), 413).get("code").asText()).isEqualTo("BODY_TOO_LARGE");
    }
  }

  @Test
  void a_body_at_the_default_limit_of_one_mebibyte_is_read_and_one_byte_more_is_refused() throws Exception {
    try (TestServer server = TestServer.start()) {
      String encounter = CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5");
      String padding = " ".repeat((int) ServerSettings.DEFAULT_MAX_BODY_BYTES - encounter.length());

      assertThat(server.post("/v1/coding", "application/json", encounter + padding).statusCode()).isEqualTo(200);
      // The server answers 413 from the declared length and may close before the upload ends,
      // which an HTTP client reports as a broken pipe; a socket that keeps reading sees the answer.
      String answer = uploading(server.server().port(), "/v1/coding", encounter + padding + " ");
      assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
          .contains("\"status\":413").doesNotContain("Exception");
    }
  }

  @Test
  void a_batch_over_the_count_limit_is_a_413_problem_and_one_at_the_limit_is_coded() throws Exception {
    try (TestServer server = TestServer.start(ServerSettings.defaults().withPort(0).withMaxBatchSize(3), TestServer.ENGINE)) {
      String one = CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5");

      HttpResponse<String> three = server.post("/v1/coding/batch", "application/json", "[" + String.join(",", Collections.nCopies(3, one)) + "]");
      HttpResponse<String> four = server.post("/v1/coding/batch", "application/json", "[" + String.join(",", Collections.nCopies(4, one)) + "]");
      HttpResponse<String> fourLines = server.post("/v1/coding/batch", "application/x-ndjson",
          String.join("\n", Collections.nCopies(4, one.replace("\n", " "))));

      assertThat(three.statusCode()).isEqualTo(200);
      assertThat(problem(four, 413).get("code").asText()).isEqualTo("BATCH_TOO_LARGE");
      assertThat(problem(fourLines, 413).get("detail").asText()).contains("at most 3");
    }
  }

  @Test
  void an_unexpected_failure_is_a_500_problem_that_quotes_nothing_of_the_failure() throws Exception {
    try (TestServer server = TestServer.start(ServerSettings.defaults().withPort(0), encounter -> {
      throw new IllegalStateException("secret detail 8812 from " + encounter);
    })) {
      HttpResponse<String> response = server.post("/v1/coding", "application/json", CodingApiTest.FACET_BILATERAL);

      JsonNode problem = problem(response, 500);
      assertThat(problem.get("code").asText()).isEqualTo("INTERNAL");
      assertThat(response.body()).doesNotContain("8812").doesNotContain("IllegalStateException");
      assertThat(problem.get("detail").asText()).contains(problem.get("requestId").asText());
      String log = Files.readString(Path.of("target/rest-tests.log"));
      assertThat(log).contains("request=" + problem.get("requestId").asText() + " failed: java.lang.IllegalStateException")
          .doesNotContain("8812").doesNotContain("\tat ");
    }
  }

  @Test
  void a_request_the_container_cannot_parse_is_answered_with_a_problem_not_a_page() throws Exception {
    try (TestServer server = TestServer.start()) {
      String answer = raw(server.server().port(), "GET / HTTP/1.1\r\nHost x\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"status\":400")
          .doesNotContain("<html").doesNotContain("Exception").containsPattern("(?i)X-Request-Id: \\S+")
          .contains("\"requestId\":");
    }
  }

  @Test
  void an_unsupported_protocol_version_is_answered_with_a_problem() throws Exception {
    try (TestServer server = TestServer.start()) {
      String answer = raw(server.server().port(), "GET / HTTP/9.9\r\nHost: x\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 505").contains("application/problem+json")
          .contains("\"title\":\"HTTP Version Not Supported\"").contains("\"code\":\"BAD_REQUEST\"");
    }
  }

  @Test
  void a_path_with_a_broken_escape_is_answered_with_a_problem() throws Exception {
    try (TestServer server = TestServer.start()) {
      String answer = raw(server.server().port(), "GET /v1/codes/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
    }
  }

  @Test
  void readiness_turns_unavailable_when_no_family_is_installed() throws Exception {
    try (RestServer bare = RestServer.start(ServerSettings.defaults().withPort(0),
        TestServer.served(TestServer.ENGINE, java.util.List.of()), new org.spinecode.rest.wire.WireCodec())) {
      HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(bare.uri().resolve("/ready")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(problem(response, 503).get("code").asText()).isEqualTo("NOT_READY");
    }
  }

  @Test
  void a_port_in_use_is_reported_as_a_bind_failure_naming_the_address() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      ServerSettings settings = ServerSettings.defaults().withPort(taken.getLocalPort());

      assertThatThrownBy(() -> TestServer.start(settings, TestServer.ENGINE))
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasCauseInstanceOf(java.net.BindException.class)
          .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void closing_releases_the_port_and_may_be_repeated() throws Exception {
    TestServer server = TestServer.start();
    int port = server.server().port();

    server.close();
    server.close();

    try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void closing_lets_a_request_in_flight_finish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TestServer server = TestServer.start(ServerSettings.defaults().withPort(0), encounter -> {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestServer.ENGINE.code(encounter);
    });
    int port = server.server().port();
    CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(server.uri("/v1/coding")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(CodingApiTest.FACET_BILATERAL)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

    Thread closing = new Thread(server::close);
    closing.start();
    awaitRefused(port);
    release.countDown();

    assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    closing.join();
  }

  @Test
  void a_body_that_stalls_past_the_idle_timeout_is_a_408_problem() throws Exception {
    try (TestServer server = TestServer.start(ServerSettings.defaults().withPort(0).withIdleTimeout(Duration.ofMillis(500)),
        TestServer.ENGINE)) {
      String answer = raw(server.server().port(), "POST /v1/coding HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"payer\":", false);

      assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json").contains("REQUEST_TIMEOUT");
    }
  }

  @Test
  void headers_over_the_container_limit_are_a_431_problem() throws Exception {
    try (TestServer server = TestServer.start()) {
      String answer = raw(server.server().port(), "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
          + "\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 431").contains("application/problem+json")
          .containsPattern("(?i)X-Request-Id: \\S+");
    }
  }

  /** Connection attempts until the port refuses: the server has stopped accepting. */
  private static void awaitRefused(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 300; attempt++) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        Thread.sleep(20);
      } catch (IOException refused) {
        return;
      }
    }
    throw new AssertionError("the server kept accepting connections after close() began");
  }

  /** Sends a POST on a raw socket, uploading on another thread, and returns what the server answered. */
  private static String uploading(int port, String path, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
          + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      Thread upload = new Thread(() -> {
        try {
          out.write(bytes);
          out.flush();
        } catch (IOException refused) {
          // The server may stop reading once it has refused the body.
        }
      });
      upload.start();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      upload.join(10_000);
      return answer;
    }
  }

  private static String raw(int port, String request) throws IOException {
    return raw(port, request, true);
  }

  private static String raw(int port, String request, boolean endOfInput) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      if (endOfInput) {
        socket.shutdownOutput();
      }
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
