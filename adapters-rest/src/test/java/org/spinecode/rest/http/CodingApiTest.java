package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /v1/coding and /v1/coding/batch against a real server and the four shipped families. */
class CodingApiTest {
  static final String FACET_BILATERAL = """
      {"id": "enc-17", "dateOfService": "2026-03-02", "payer": "MEDICARE", "setting": "OFFICE",
       "procedures": [{"family": "FACET", "guidance": "FLUOROSCOPY", "purpose": "DIAGNOSTIC",
         "targets": [{"level": "L4-L5", "side": "BILATERAL"}, {"level": "L5-S1", "side": "BILATERAL"}]}]}""";
  static final String INTERLAMINAR = """
      {"id": "%s", "dateOfService": "2026-03-02", "payer": "COMMERCIAL",
       "procedures": [{"family": "INTERLAMINAR", "guidance": "FLUOROSCOPY", "targets": [{"level": "%s"}]}]}""";
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
  void a_bilateral_two_level_medicare_facet_session_codes_to_64493_and_64494_with_50_and_KX() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json", FACET_BILATERAL);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode result = JSON.readTree(response.body());
    assertThat(result.get("id").asText()).isEqualTo("enc-17");
    assertThat(lines(result)).containsExactly("64493 [50, KX] x1 [L4-L5]", "64494 [50, KX] x1 [L5-S1]");
    assertThat(result.get("findings").isArray()).isTrue();
  }

  @Test
  void the_callers_request_id_is_echoed_and_a_missing_one_is_made_up() {
    HttpResponse<String> given = server.send(HttpRequest.newBuilder(server.uri("/health")).header("X-Request-Id", "abc-123").GET());
    HttpResponse<String> made = server.get("/health");
    HttpResponse<String> unfit = server.send(HttpRequest.newBuilder(server.uri("/health")).header("X-Request-Id", "has spaces").GET());

    assertThat(given.headers().firstValue("X-Request-Id")).hasValue("abc-123");
    assertThat(made.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
    assertThat(unfit.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotEqualTo("has spaces"));
  }

  @Test
  void malformed_json_is_a_400_problem_naming_invalid_input() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json", "{\"payer\": \"MEDICARE\",");

    JsonNode problem = problem(response, 400);
    assertThat(problem.get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(problem.get("type").asText()).isEqualTo("urn:spinecode:problem:unreadable-input");
    assertThat(problem.get("detail").asText()).isEqualTo("the record is not valid JSON at line 1, column 22: the"
        + " record ends before it is complete (a closing bracket or quote is missing)");
  }

  /** Issue 21 item 1: a body is one record; what follows it is refused, not silently dropped. */
  @Test
  void a_second_record_or_text_after_the_record_is_a_400_problem_saying_where() throws Exception {
    String one = FACET_BILATERAL.replace("\n", " ");

    JsonNode two = problem(server.post("/v1/coding", "application/json", one + one), 400);
    JsonNode garbage = problem(server.post("/v1/check", "application/json",
        one.substring(0, one.length() - 1) + ", \"billed\": []} garbage"), 400);

    assertThat(two.get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(two.get("detail").asText())
        .isEqualTo("unexpected content after the record at line 1, column " + (one.length() + 1));
    assertThat(garbage.get("detail").asText()).startsWith("unexpected content after the record at line 1, column ");
  }

  @Test
  void in_an_ndjson_batch_two_records_on_one_line_are_that_lines_error() throws Exception {
    String one = FACET_BILATERAL.replace("\n", " ");

    HttpResponse<String> response = server.post("/v1/coding/batch", "application/x-ndjson",
        one + "\n" + one + one + "\n" + one + "\n");

    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> results = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      results.add(JSON.readTree(line));
    }
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("lines")).isNotEmpty();
    assertThat(results.get(1).get("error").get("message").asText())
        .isEqualTo("unexpected content after the record at column " + (one.length() + 1) + " of input line 2");
    assertThat(results.get(2).get("lines")).isNotEmpty();
  }

  @Test
  void a_wrong_json_type_is_a_400_problem_naming_the_field() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json",
        "{\"dateOfService\": \"2026-03-02\", \"payer\": \"MEDICARE\", \"procedures\": \"facet\"}");

    JsonNode problem = problem(response, 400);
    assertThat(problem.get("field").asText()).isEqualTo("procedures");
    assertThat(problem.get("code").asText()).isEqualTo("INVALID_INPUT");
  }

  @Test
  void a_json_array_sent_as_one_encounter_is_a_400_problem() throws Exception {
    JsonNode problem = problem(server.post("/v1/coding", "application/json", "[]"), 400);

    assertThat(problem.get("detail").asText()).contains("expected a JSON object");
  }

  @Test
  void a_well_formed_encounter_with_an_unknown_level_is_a_422_problem_naming_the_field() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json", INTERLAMINAR.formatted("x", "L9-L10"));

    JsonNode problem = problem(response, 422);
    assertThat(problem.get("type").asText()).isEqualTo("urn:spinecode:problem:invalid-input");
    assertThat(problem.get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(problem.get("field").asText()).isEqualTo("procedures[0].targets[0].level");
    assertThat(problem.get("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void a_missing_required_field_is_a_422_problem() throws Exception {
    JsonNode problem = problem(server.post("/v1/coding", "application/json",
        "{\"dateOfService\": \"2026-03-02\", \"procedures\": []}"), 422);

    assertThat(problem.get("field").asText()).isEqualTo("payer");
  }

  @Test
  void a_body_that_is_not_json_is_a_415_problem() throws Exception {
    JsonNode problem = problem(server.post("/v1/coding", "text/plain", FACET_BILATERAL), 415);

    assertThat(problem.get("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    assertThat(problem.get("detail").asText()).contains("application/json");
  }

  @Test
  void a_body_without_a_content_type_is_a_415_problem() throws Exception {
    problem(server.post("/v1/coding", null, FACET_BILATERAL), 415);
  }

  @Test
  void a_charset_parameter_on_json_is_accepted() {
    assertThat(server.post("/v1/coding", "application/json; charset=utf-8", FACET_BILATERAL).statusCode()).isEqualTo(200);
  }

  @Test
  void the_wrong_method_is_a_405_problem_that_says_which_methods_are_allowed() throws Exception {
    HttpResponse<String> response = server.get("/v1/coding");

    JsonNode problem = problem(response, 405);
    assertThat(problem.get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void an_unknown_path_is_a_404_problem() throws Exception {
    assertThat(problem(server.get("/v2/nothing"), 404).get("code").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void a_batch_codes_every_encounter_in_order_and_a_bad_one_gets_its_own_error() throws Exception {
    String batch = "[" + INTERLAMINAR.formatted("first", "L4-L5") + ","
        + INTERLAMINAR.formatted("second", "L9-L10") + ","
        + "{\"id\": \"third\", \"procedures\": 7},"
        + INTERLAMINAR.formatted("fourth", "C7-T1") + "]";

    HttpResponse<String> response = server.post("/v1/coding/batch", "application/json", batch);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode results = JSON.readTree(response.body());
    assertThat(results).hasSize(4);
    assertThat(results.get(0).get("id").asText()).isEqualTo("first");
    assertThat(lines(results.get(0))).containsExactly("62323 [] x1 [L4-L5]");
    assertThat(results.get(1).get("id").asText()).isEqualTo("second");
    assertThat(results.get(1).get("error").get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(results.get(1).get("error").get("field").asText()).isEqualTo("procedures[0].targets[0].level");
    assertThat(results.get(1).has("lines")).isFalse();
    assertThat(results.get(2).get("id").asText()).isEqualTo("third");
    assertThat(results.get(2).get("error").get("field").asText()).isEqualTo("procedures");
    assertThat(lines(results.get(3))).containsExactly("62321 [] x1 [C7-T1]");
  }

  @Test
  void an_ndjson_batch_answers_in_ndjson_with_input_line_numbers_on_errors() throws Exception {
    String ndjson = INTERLAMINAR.formatted("a", "L4-L5").replace("\n", " ") + "\n"
        + "\n"
        + "{not json}\r\n"
        + INTERLAMINAR.formatted("d", "L5-S1").replace("\n", " ") + "\n";

    HttpResponse<String> response = server.post("/v1/coding/batch", "application/x-ndjson", ndjson);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    List<JsonNode> results = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      results.add(JSON.readTree(line));
    }
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("id").asText()).isEqualTo("a");
    assertThat(results.get(1).get("error").get("line").asInt()).isEqualTo(3);
    assertThat(results.get(2).get("id").asText()).isEqualTo("d");
    assertThat(lines(results.get(2))).containsExactly("62323 [] x1 [L5-S1]");
  }

  @Test
  void a_batch_that_is_not_an_array_is_a_400_problem() throws Exception {
    JsonNode problem = problem(server.post("/v1/coding/batch", "application/json", FACET_BILATERAL), 400);

    assertThat(problem.get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(problem.get("detail").asText()).contains("array");
  }

  @Test
  void a_batch_in_another_media_type_is_a_415_problem() throws Exception {
    problem(server.post("/v1/coding/batch", "text/csv", "a,b"), 415);
  }

  @Test
  void an_empty_batch_answers_an_empty_array() {
    HttpResponse<String> response = server.post("/v1/coding/batch", "application/json", "[]");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  static List<String> lines(JsonNode result) {
    List<String> lines = new ArrayList<>();
    for (JsonNode line : result.get("lines")) {
      List<String> modifiers = new ArrayList<>();
      line.get("modifiers").forEach(m -> modifiers.add(m.asText()));
      List<String> levels = new ArrayList<>();
      line.get("levels").forEach(l -> levels.add(l.asText()));
      lines.add(line.get("code").asText() + " " + modifiers + " x" + line.get("units").asInt() + " " + levels);
    }
    return lines;
  }

  /** Checks the response is an RFC 9457 problem with the status, and returns it. */
  static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isNotBlank();
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("code").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.spinecode");
    return problem;
  }

  @Test
  void a_field_given_twice_is_a_400_naming_the_field() throws Exception {
    try (TestServer server = TestServer.start()) {
      String twice = FACET_BILATERAL.replace("\"payer\": \"MEDICARE\"", "\"payer\": \"MEDICARE\", \"payer\": \"COMMERCIAL\"");

      JsonNode problem = problem(server.post("/v1/coding", "application/json", twice), 400);

      assertThat(problem.get("field").asText()).isEqualTo("payer");
      assertThat(problem.get("detail").asText()).contains("given twice");
    }
  }


  // A byte-order mark, as Excel and some editors write before UTF-8 text, is skipped on every body.

  @Test
  void one_encounter_after_a_byte_order_mark_is_coded() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json",
        BOM + INTERLAMINAR.formatted("a", "L4-L5"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("id").asText()).isEqualTo("a");
  }

  @Test
  void a_json_and_an_ndjson_batch_after_a_byte_order_mark_are_coded() throws Exception {
    HttpResponse<String> array = server.post("/v1/coding/batch", "application/json",
        BOM + "[" + INTERLAMINAR.formatted("a", "L4-L5") + "]");
    HttpResponse<String> lines = server.post("/v1/coding/batch", "application/x-ndjson",
        BOM + INTERLAMINAR.formatted("b", "L4-L5").replace("\n", " ") + "\n");

    assertThat(array.statusCode()).as(array.body()).isEqualTo(200);
    assertThat(JSON.readTree(array.body()).get(0).get("lines")).isNotEmpty();
    assertThat(lines.statusCode()).isEqualTo(200);
    JsonNode first = JSON.readTree(lines.body().lines().findFirst().orElseThrow());
    assertThat(first.get("id").asText()).isEqualTo("b");
    assertThat(first.get("lines")).isNotEmpty();
  }

  @Test
  void a_check_after_a_byte_order_mark_is_checked() throws Exception {
    String claim = INTERLAMINAR.formatted("c", "L4-L5");
    claim = claim.substring(0, claim.length() - 1) + ",\"billed\":[{\"code\":\"62323\"}]}";

    HttpResponse<String> response = server.post("/v1/check", "application/json", BOM + claim);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("check")).isNotNull();
  }
}
