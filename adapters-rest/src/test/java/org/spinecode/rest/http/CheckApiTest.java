package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /v1/check and /v1/check/batch: the check on the wire, problem+json, a bad record in a batch. */
class CheckApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NERVES = """
      {"id":"claim-1","dateOfService":"2026-03-02","payer":"MEDICARE","procedures":[{"family":"FACET",
       "guidance":"FLUOROSCOPY","purpose":"DIAGNOSTIC","targets":[{"nerves":["L3","L4","L5"],"side":"BILATERAL"}]}],
       "billed":[{"code":"64493","modifiers":["50","KX"]},{"code":"64494","modifiers":["50","KX"]},
       {"code":"64495","modifiers":["50","KX"],"units":1}]}""";
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
  void a_claim_that_counts_nerves_as_levels_differs_with_the_reason_and_its_authority() throws Exception {
    HttpResponse<String> response = server.post("/v1/check", "application/json", NERVES);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("lines")).hasSize(2);
    JsonNode check = body.get("check");
    assertThat(check.get("verdict").asText()).isEqualTo("DIFFERS");
    JsonNode difference = check.get("differences").get(0);
    assertThat(difference.get("kind").asText()).isEqualTo("UNEXPECTED");
    assertThat(difference.get("billed").get("code").asText()).isEqualTo("64495");
    assertThat(difference.has("expected")).isTrue();
    assertThat(difference.get("expected").isNull()).isTrue();
    assertThat(difference.get("message").asText()).contains("three medial branches L3, L4, L5 block two joints");
    assertThat(difference.get("source").asText()).contains("A58350");
  }

  @Test
  void a_check_without_billed_lines_is_422_naming_the_field() throws Exception {
    HttpResponse<String> response = server.post("/v1/check", "application/json",
        NERVES.substring(0, NERVES.indexOf(",\n \"billed\"")).replace("\n", "") + "}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("billed");
  }

  @Test
  void billed_lines_without_procedures_are_scrubbed_by_the_edits_and_diagnoses() throws Exception {
    HttpResponse<String> response = server.post("/v1/check", "application/json",
        "{\"id\": \"s1\", \"dateOfService\": \"2024-06-03\", \"payer\": \"MEDICARE\", \"diagnoses\": [\"M54.1\"],"
            + " \"billed\": [{\"code\": \"64484\", \"modifiers\": [\"RT\"], \"units\": 5}]}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = JSON.readTree(response.body());
    assertThat(result.get("check").get("verdict").asText()).isEqualTo("NOT_COMPARED");
    assertThat(result.get("lines")).isEmpty();
    List<String> rules = new ArrayList<>();
    result.get("check").get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).contains("MUE_EXCEEDED", "ADD_ON_WITHOUT_PRIMARY", "DIAGNOSIS_NOT_BILLABLE");
  }

  @Test
  void coding_without_procedures_is_still_422_naming_them() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json",
        "{\"dateOfService\": \"2024-06-03\", \"payer\": \"MEDICARE\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("procedures");
  }

  @Test
  void a_bad_billed_line_names_its_path() throws Exception {
    HttpResponse<String> response = server.post("/v1/check", "application/json",
        NERVES.replace("\"units\":1", "\"units\":0"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("billed[2].units");
  }

  @Test
  void a_batch_answers_every_claim_in_order_and_a_bad_one_costs_only_itself() throws Exception {
    String ndjson = NERVES.replace("\n", "") + "\n{\"id\":\"bad\",\"payer\":\"MEDICARE\"}\n"
        + NERVES.replace("\n", "").replace("claim-1", "claim-3") + "\n";

    HttpResponse<String> response = server.post("/v1/check/batch", "application/x-ndjson", ndjson);

    assertThat(response.statusCode()).isEqualTo(200);
    String[] lines = response.body().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines[0]).get("check").get("verdict").asText()).isEqualTo("DIFFERS");
    assertThat(JSON.readTree(lines[1]).get("error").get("line").asLong()).isEqualTo(2);
    assertThat(JSON.readTree(lines[2]).get("id").asText()).isEqualTo("claim-3");
  }

  @Test
  void coding_answers_carry_no_check() throws Exception {
    HttpResponse<String> response = server.post("/v1/coding", "application/json", NERVES);

    assertThat(JSON.readTree(response.body()).has("check")).isFalse();
  }
}
