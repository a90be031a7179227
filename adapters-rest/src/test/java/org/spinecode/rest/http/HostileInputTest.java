package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a client sends, the answer is a result or a 4xx problem: never a 500, never a stack trace. */
class HostileInputTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "",
      "null",
      "42",
      "\"text\"",
      "{}",
      "{\"procedures\": null}",
      "{\"dateOfService\": 5, \"payer\": true, \"procedures\": {}}",
      "{\"dateOfService\": \"2026-02-30\", \"payer\": \"MEDICARE\", \"procedures\": [null]}",
      "{\"dateOfService\": \"2016-12-31\", \"payer\": \"MEDICARE\", \"procedures\": [{\"family\": \"FACET\", \"guidance\": \"FLUOROSCOPY\", \"targets\": [{\"level\": \"L4-L5\", \"side\": \"LEFT\"}]}]}",
      "{\"dateOfService\": \"2026-03-02\", \"payer\": \"MEDICARE\", \"abnOnFile\": \"yes\", \"procedures\": []}",
      "{\"dateOfService\": \"2026-03-02\", \"payer\": \"MEDICARE\", \"history\": [1, {}], \"procedures\": []}",
      "{\"dateOfService\": \"2026-03-02\", \"payer\": \"MEDICARE\", \"procedures\": [{\"family\": \"FACET\", \"guidance\": \"FLUOROSCOPY\", \"purpose\": \"DIAGNOSTIC\", \"targets\": [{\"nerves\": [\"X9\", null], \"side\": \"LEFT\"}]}]}",
      "{\"dateOfService\": \"2026-03-02\", \"payer\": \"MEDICARE\", \"procedures\": [{\"family\": \"FACET\", \"guidance\": \"FLUOROSCOPY\", \"targets\": [{\"level\": \"L4-L5\", \"nerves\": [\"L3\", \"L4\"]}]}]}",
      "{\"dateOfService\": \"2026-03-02\", \"payer\": \"MEDICARE\", \"procedures\": [{\"family\": \"not a family!\", \"guidance\": \"NONE\", \"targets\": []}]}",
      "{\"dateOfService\": \"2026-03-02\", \"payer\": \"MEDICARE\", \"procedures\": [{\"family\": \"RADIOFREQUENCY\", \"guidance\": \"FLUOROSCOPY\", \"targets\": [{\"level\": \"L4-L5\"}]}]}",
      "{\"id\": \"x\", \"id\": [1], \"procedures\": []}",
      "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]}",
      "{\"n\": 1234567890123456789012345678901234567890}",
      "{\"dateOfService\": \"2026-03-02\"\u0000}",
      "\uFEFF{\"payer\": \"MEDICARE\"}"
  })
  void a_hostile_single_encounter_gets_a_4xx_problem_or_a_result(String body) throws Exception {
    check(server.post("/v1/coding", "application/json", body));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "",
      "{}",
      "[1, \"two\", null, [], {}]",
      "[{\"procedures\": 7}",
      "[] []",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
  })
  void a_hostile_json_batch_gets_a_4xx_problem_or_per_record_errors(String body) throws Exception {
    check(server.post("/v1/coding/batch", "application/json", body));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"\n\n\n", "[]\n{}\nnull\n\"x\"\n", "{\"a\": [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]}\n{"})
  void a_hostile_ndjson_batch_gets_per_record_errors(String body) throws Exception {
    HttpResponse<String> response = server.post("/v1/coding/batch", "application/x-ndjson", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.spinecode");
  }

  private static void check(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 413, 422);
    if (response.statusCode() != 200) {
      CodingApiTest.problem(response, response.statusCode());
    }
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.spinecode");
  }
}
