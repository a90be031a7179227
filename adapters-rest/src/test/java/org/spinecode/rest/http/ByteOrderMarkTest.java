package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request body that starts with a UTF-8 byte-order mark (as Excel and some editors write) is read. */
class ByteOrderMarkTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOM = "\uFEFF";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void one_encounter() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json",
        BOM + CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("id").asText()).isEqualTo("a");
  }

  @Test
  void a_json_batch_and_an_ndjson_batch() throws Exception {
    HttpResponse<String> array = server.post("/v1/coding/batch", "application/json",
        BOM + "[" + CodingApiTest.INTERLAMINAR.formatted("a", "L4-L5") + "]");
    HttpResponse<String> lines = server.post("/v1/coding/batch", "application/x-ndjson",
        BOM + CodingApiTest.INTERLAMINAR.formatted("b", "L4-L5").replace("\n", " ") + "\n");

    assertThat(array.statusCode()).as(array.body()).isEqualTo(200);
    assertThat(JSON.readTree(array.body()).get(0).get("lines")).isNotEmpty();
    assertThat(lines.statusCode()).isEqualTo(200);
    JsonNode first = JSON.readTree(lines.body().lines().findFirst().orElseThrow());
    assertThat(first.get("id").asText()).isEqualTo("b");
    assertThat(first.get("lines")).isNotEmpty();
  }

  @Test
  void a_check() throws Exception {
    String claim = CodingApiTest.INTERLAMINAR.formatted("c", "L4-L5");
    claim = claim.substring(0, claim.length() - 1) + ",\"billed\":[{\"code\":\"62323\"}]}";

    HttpResponse<String> response = server.post("/v1/check", "application/json", BOM + claim);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("check")).isNotNull();
  }
}
