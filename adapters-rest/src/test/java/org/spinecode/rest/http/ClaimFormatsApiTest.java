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

/** {@code Accept: application/fhir+json} and {@code application/edi-x12} on the coding and check endpoints. */
class ClaimFormatsApiTest {
  private static final String FACET_WITH_DIAGNOSES = CodingApiTest.FACET_BILATERAL
      .replace("\"setting\": \"OFFICE\",", "\"setting\": \"OFFICE\", \"diagnoses\": [\"m47816\", \"M54.50\"],");
  private static final ObjectMapper JSON = new ObjectMapper();
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
  void fhir_is_a_bundle_whose_claim_items_are_the_json_answers_lines() throws Exception {
    JsonNode json = JSON.readTree(post("/v1/coding", "application/json", FACET_WITH_DIAGNOSES).body());
    HttpResponse<String> fhir = post("/v1/coding", "application/fhir+json", FACET_WITH_DIAGNOSES);

    assertThat(fhir.statusCode()).isEqualTo(200);
    assertThat(fhir.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/fhir+json"));
    JsonNode claim = JSON.readTree(fhir.body()).at("/entry/0/resource");
    List<String> items = new ArrayList<>();
    claim.path("item").forEach(item -> items.add(item.at("/productOrService/coding/0/code").asText() + " "
        + item.path("modifier").findValuesAsText("code") + " x" + item.at("/quantity/value").asInt() + " "
        + item.path("diagnosisSequence")));
    List<String> lines = new ArrayList<>();
    json.path("lines").forEach(line -> {
      List<String> modifiers = new ArrayList<>();
      line.path("modifiers").forEach(m -> modifiers.add(m.asText()));
      lines.add(line.path("code").asText() + " " + modifiers + " x" + line.path("units").asInt() + " "
          + line.path("diagnosisPointers"));
    });
    assertThat(items).containsExactly("64493 [50, KX] x1 [1,2]", "64494 [50, KX] x1 [1,2]").isEqualTo(lines);
    assertThat(claim.path("diagnosis").findValuesAsText("code")).containsExactly("M47.816", "principal", "M54.50");
  }

  @Test
  void x12_is_the_hi_segment_and_lx_sv1_dtp_per_line() {
    HttpResponse<String> x12 = post("/v1/coding", "application/edi-x12", FACET_WITH_DIAGNOSES);

    assertThat(x12.statusCode()).isEqualTo(200);
    assertThat(x12.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/edi-x12"));
    assertThat(x12.body()).isEqualTo("""
        HI*ABK:M47816*ABF:M5450~
        LX*1~
        SV1*HC:64493:50:KX*0*UN*1***1:2~
        DTP*472*D8*20260302~
        LX*2~
        SV1*HC:64494:50:KX*0*UN*1***1:2~
        DTP*472*D8*20260302~
        """);
  }

  @Test
  void json_stays_the_answer_when_accept_prefers_it_or_refuses_fhir() throws Exception {
    for (String accept : List.of("application/json, application/fhir+json", "application/fhir+json;q=0, */*",
        "text/html", "*/*")) {
      HttpResponse<String> response = post("/v1/coding", accept, FACET_WITH_DIAGNOSES);

      assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/json"));
      assertThat(JSON.readTree(response.body()).path("id").asText()).isEqualTo("enc-17");
    }
  }

  @Test
  void x12_for_a_hospital_outpatient_facility_claim_is_a_406_naming_837i() throws Exception {
    String facility = FACET_WITH_DIAGNOSES.replace("\"setting\": \"OFFICE\"",
        "\"setting\": \"HOSPITAL_OUTPATIENT\", \"claimType\": \"FACILITY\"");

    JsonNode problem = CodingApiTest.problem(post("/v1/coding", "application/edi-x12", facility), 406);

    assertThat(problem.path("detail").asText()).contains("837I");
    assertThat(post("/v1/coding", "application/fhir+json", facility).statusCode()).isEqualTo(200);
  }

  @Test
  void invalid_input_stays_a_problem_whatever_the_format_asked_for() throws Exception {
    JsonNode problem = CodingApiTest.problem(post("/v1/coding", "application/fhir+json",
        FACET_WITH_DIAGNOSES.replace("M54.50", "M5.450")), 422);

    assertThat(problem.path("field").asText()).isEqualTo("diagnoses[1]");
  }

  @Test
  void a_check_in_fhir_carries_the_verdict_and_the_differences_in_the_operation_outcome() throws Exception {
    String check = FACET_WITH_DIAGNOSES.substring(0, FACET_WITH_DIAGNOSES.lastIndexOf('}'))
        + ", \"billed\": [{\"code\": \"64493\", \"modifiers\": [\"50\", \"KX\"], \"diagnosisPointers\": [1]}]}";

    JsonNode bundle = JSON.readTree(post("/v1/check", "application/fhir+json", check).body());

    List<String> issues = bundle.at("/entry/1/resource/issue").findValuesAsText("code");
    assertThat(issues).contains("DIFFERS", "MISSING");
  }

  @Test
  void a_billed_pointer_outside_the_diagnoses_is_a_422_naming_it() throws Exception {
    String check = FACET_WITH_DIAGNOSES.substring(0, FACET_WITH_DIAGNOSES.lastIndexOf('}'))
        + ", \"billed\": [{\"code\": \"64493\", \"modifiers\": [\"50\", \"KX\"], \"diagnosisPointers\": [1, 3]}]}";

    JsonNode problem = CodingApiTest.problem(post("/v1/check", "application/json", check), 422);

    assertThat(problem.path("field").asText()).isEqualTo("billed[0].diagnosisPointers[1]");
  }

  @Test
  void a_batch_asked_for_in_a_claim_format_is_a_406_pointing_to_the_single_endpoint() throws Exception {
    JsonNode problem = CodingApiTest.problem(post("/v1/coding/batch", "application/fhir+json",
        "[" + FACET_WITH_DIAGNOSES + "]"), 406);

    assertThat(problem.path("detail").asText()).contains("POST /v1/coding");
  }

  private static HttpResponse<String> post(String path, String accept, String body) {
    return server.send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
        .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
