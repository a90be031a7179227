package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The server log (written to target/rest-tests.log by the test logging set-up) says who asked for
 * what and what the engine decided, and nothing the caller sent in a body.
 */
class AccessLogTest {
  private static final Path LOG = Path.of("target/rest-tests.log");
  private static final String MARKED = """
      {"id": "ID-MARKER-5531", "dateOfService": "2026-03-02", "payer": "MEDICARE", "setting": "HOSPITAL_OUTPATIENT",
       "priorAuthorizationNumber": "PA-MARKER-7719",
       "procedures": [{"family": "FACET", "guidance": "FLUOROSCOPY", "purpose": "THERAPEUTIC",
         "targets": [{"level": "L4-L5", "side": "LEFT"}, {"level": "L5-S1", "side": "LEFT"}]}]}""";

  @Test
  void a_coding_request_is_logged_with_id_method_path_status_latency_codes_and_rules() throws Exception {
    try (TestServer server = TestServer.start()) {
      String threeLevels = MARKED.replace("\"targets\": [", "\"targets\": [{\"level\": \"L3-L4\", \"side\": \"LEFT\"}, ");
      send(server, "/v1/coding", "application/json", threeLevels, "log-check-1");

      String line = lineOf("request=log-check-1 ");

      assertThat(line).contains("method=POST", "path=/v1/coding", "status=200", "ms=", "codes=64493,64494,64495");
      assertThat(line).containsPattern("rules=\\S*LEVEL_LIMIT_EXCEEDED");
    }
  }

  @Test
  void nothing_from_a_request_body_reaches_the_log_whatever_the_outcome() throws Exception {
    try (TestServer server = TestServer.start();
         TestServer broken = TestServer.start(ServerSettings.defaults().withPort(0), encounter -> {
           throw new IllegalStateException("failed on " + encounter);
         })) {
      String invalid = MARKED.replace("\"L5-S1\"", "\"Q7-MARKER\"");
      send(server, "/v1/coding", "application/json", MARKED, "log-check-2");
      send(server, "/v1/coding", "application/json", invalid, "log-check-3");
      send(server, "/v1/coding", "application/json", "{\"id\": \"ID-MARKER-5531\", oops", "log-check-4");
      send(server, "/v1/coding/batch", "application/json", "[" + MARKED + "," + invalid + "]", "log-check-5");
      send(server, "/v1/coding/batch", "application/x-ndjson", MARKED.replace("\n", " ") + "\n" + invalid.replace("\n", " "), "log-check-6");
      send(broken, "/v1/coding", "application/json", MARKED, "log-check-7");

      for (int i = 2; i <= 7; i++) {
        lineOf("request=log-check-" + i + " ");
      }
      String log = Files.readString(LOG, StandardCharsets.UTF_8);
      assertThat(log).contains("request=log-check-7 failed: java.lang.IllegalStateException");
      assertThat(log).doesNotContain("MARKER").doesNotContain("L4-L5").doesNotContain("L5-S1")
          .doesNotContain("2026-03-02").doesNotContain("HOSPITAL_OUTPATIENT");
    }
  }

  private static void send(TestServer server, String path, String type, String body, String requestId) {
    server.send(HttpRequest.newBuilder(server.uri(path)).header("X-Request-Id", requestId)
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * The log line of a request. Javalin logs after the response is sent, so the line may trail the
   * answer by a moment: look again a bounded number of times.
   */
  private static String lineOf(String marker) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (Files.exists(LOG)) {
        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
        Optional<String> line = lines.stream().filter(l -> l.contains(marker)).findFirst();
        if (line.isPresent()) {
          return line.get();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no log line with " + marker + " in " + LOG.toAbsolutePath());
  }
}
