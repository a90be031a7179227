package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecode.rest.http.CodingApiTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue, plugins, operations endpoints and the pages. */
class CatalogueApiTest {
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
  void the_catalogue_lists_every_installed_code_with_its_label() throws Exception {
    HttpResponse<String> response = server.get("/v1/codes");

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    for (JsonNode code : JSON.readTree(response.body())) {
      codes.add(code.get("code").asText());
      assertThat(code.get("label").asText()).isNotBlank();
    }
    assertThat(codes).contains("62321", "62323", "64483", "64493", "64494", "64495")
        .hasSize(TestServer.PRODUCT.catalogue().codes().size());
  }

  @Test
  void one_code_is_explained_with_its_policies() throws Exception {
    HttpResponse<String> response = server.get("/v1/codes/64493");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode code = JSON.readTree(response.body());
    assertThat(code.get("code").asText()).isEqualTo("64493");
    assertThat(code.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(code.get("addOns").toString()).contains("64494");
    assertThat(code.get("policies").size()).isPositive();
  }

  @Test
  void the_catalogue_gives_each_code_its_dates_and_fee_schedule_bilateral_indicator() throws Exception {
    JsonNode codes = JSON.readTree(server.get("/v1/codes").body());

    JsonNode interlaminar = find(codes, "62323");
    assertThat(interlaminar.get("effectiveFrom").asText()).isEqualTo("2017-01-01");
    assertThat(interlaminar.get("feeScheduleBilateralIndicator").asInt()).isEqualTo(9);
    assertThat(find(codes, "64483").get("feeScheduleBilateralIndicator").asInt()).isEqualTo(1);
    assertThat(find(codes, "64483").get("feeScheduleBilateral").asText()).contains("modifier 50 is correct");
    assertThat(find(codes, "0218T").get("feeScheduleBilateralIndicator").asInt()).isEqualTo(1);
    assertThat(find(codes, "0230T").get("effectiveThrough").asText()).isEqualTo("2020-12-31");
  }

  private static JsonNode find(JsonNode codes, String code) {
    for (JsonNode node : codes) {
      if (node.get("code").asText().equals(code)) {
        return node;
      }
    }
    throw new AssertionError(code + " is not listed");
  }

  @Test
  void an_unknown_code_is_a_404_problem() throws Exception {
    assertThat(problem(server.get("/v1/codes/99999"), 404).get("code").asText()).isEqualTo("UNKNOWN_CODE");
  }

  @Test
  void the_plugins_are_listed_with_the_families_they_accept() throws Exception {
    JsonNode plugins = JSON.readTree(server.get("/v1/plugins").body());

    assertThat(plugins).hasSize(TestServer.REGISTRY.plugins().size());
    assertThat(plugins.toString()).contains("\"family\":\"FACET\"", "\"family\":\"INTERLAMINAR\"", "\"family\":\"TRANSFORAMINAL\"");
  }

  @Test
  void health_and_readiness_answer_200() {
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
    assertThat(server.get("/ready").body()).isEqualTo("{\"status\":\"READY\"}");
  }

  @Test
  void the_coder_page_and_its_files_come_from_the_jar_with_a_strict_content_policy() {
    HttpResponse<String> page = server.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'self'"));
    assertThat(page.body()).contains("/assets/app.js").doesNotContain("http://").doesNotContain("https://");
    assertThat(server.get("/assets/app.js").statusCode()).isEqualTo(200);
    assertThat(server.get("/assets/app.css").statusCode()).isEqualTo(200);
  }

  @Test
  void the_interactive_api_page_is_served_from_the_webjar_in_the_jar() {
    assertThat(server.get("/api").body()).contains("/api/swagger-ui-bundle.js");
    HttpResponse<String> bundle = server.get("/api/swagger-ui-bundle.js");
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(server.get("/api/api.js").body()).contains("/openapi.json");
  }

  @Test
  void a_file_that_is_not_on_the_list_is_a_404_problem_whatever_its_path() throws Exception {
    problem(server.get("/assets/..%2F..%2Fopenapi.json"), 404);
    problem(server.get("/api/index.html"), 404);
  }
}
