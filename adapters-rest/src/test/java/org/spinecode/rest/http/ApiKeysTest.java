package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve --api-keys}: the file holds SHA-256 digests, never keys; every request but the probes
 * and the pages needs {@code Authorization: Bearer KEY} and gets a 401 problem without it.
 */
class ApiKeysTest {
  private static final String KEY = "k3y-for-the-billing-team";
  private static final String OTHER = "k3y-for-the-audit-team";

  @TempDir
  Path dir;

  @Test
  void a_key_file_holds_digests_with_comments_and_blank_lines() throws Exception {
    ApiKeys keys = ApiKeys.read(file("# billing\n" + sha256(KEY) + "   # since 2026-12\n\n"
        + sha256(OTHER).toUpperCase() + "\n"));

    assertThat(keys.required()).isTrue();
    assertThat(keys.accepts(KEY)).isTrue();
    assertThat(keys.accepts(OTHER)).isTrue();
    assertThat(keys.accepts(sha256(KEY))).as("the digest is not the key").isFalse();
    assertThat(keys.accepts("")).isFalse();
  }

  @Test
  void a_line_that_is_not_a_digest_is_named_by_line_without_repeating_it() throws Exception {
    Path file = file(sha256(KEY) + "\n" + KEY + "\n");

    assertThatThrownBy(() -> ApiKeys.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":2").hasMessageNotContaining(KEY);
    assertThatThrownBy(() -> ApiKeys.read(file("# nobody yet\n"))).hasMessageContaining("names no key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "Bearer wrong", "Basic " + KEY, "Bearer"})
  void the_api_without_one_of_the_keys_is_a_401_problem_with_a_challenge(String authorization) throws Exception {
    try (TestServer server = keyed()) {
      HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/v1/coding"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5")));
      if (!authorization.equals("none")) {
        request.header("Authorization", authorization);
      }
      HttpResponse<String> response = server.send(request);

      JsonNode problem = CodingApiTest.problem(response, 401);
      assertThat(problem.get("code").asText()).isEqualTo("UNAUTHORIZED");
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
          .startsWith("Bearer realm=\"spinecode\""));
      assertThat(response.body()).doesNotContain(KEY);
      assertThat(server.send(HttpRequest.newBuilder(server.uri("/v1/codes")).GET()).statusCode()).isEqualTo(401);
      assertThat(server.get("/no-such-path").statusCode()).as("no route is told without a key").isEqualTo(401);
    }
  }

  @Test
  void with_a_key_the_api_answers_and_the_probes_and_pages_need_none() throws Exception {
    try (TestServer server = keyed()) {
      HttpResponse<String> coded = server.send(HttpRequest.newBuilder(server.uri("/v1/coding"))
          .header("Content-Type", "application/json").header("Authorization", "bearer " + OTHER)
          .POST(HttpRequest.BodyPublishers.ofString(CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5"))));

      assertThat(coded.statusCode()).isEqualTo(200);
      for (String open : new String[] {"/health", "/ready", "/openapi.json", "/", "/api", "/assets/auth.js"}) {
        assertThat(server.get(open).statusCode()).as(open).isEqualTo(200);
      }
    }
  }

  @Test
  void without_a_key_file_nothing_asks_for_a_key() {
    try (TestServer server = TestServer.start()) {
      assertThat(server.get("/v1/codes").statusCode()).isEqualTo(200);
    }
  }

  private TestServer keyed() throws Exception {
    ApiKeys keys = ApiKeys.read(file(sha256(KEY) + "\n" + sha256(OTHER) + "\n"));
    return TestServer.start(ServerSettings.defaults().withPort(0).withApiKeys(keys), TestServer.ENGINE);
  }

  private Path file(String text) throws Exception {
    return Files.writeString(Files.createTempFile(dir, "keys", ".sha256"), text);
  }

  static String sha256(String key) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
  }
}
