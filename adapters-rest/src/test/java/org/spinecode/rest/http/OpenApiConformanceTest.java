package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written OpenAPI document and the server agree: every route the server registers is
 * documented, and every documented operation, sent its documented example, answers with a
 * documented status and media type.
 */
class OpenApiConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestServer server;
  private static JsonNode document;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
    try (InputStream in = OpenApiConformanceTest.class.getResourceAsStream("/org/spinecode/rest/http/page/openapi.json")) {
      document = JSON.readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_served_document_is_the_one_in_the_jar_and_is_openapi_3_1() throws Exception {
    HttpResponse<String> response = server.get("/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body())).isEqualTo(document);
    assertThat(document.get("openapi").asText()).startsWith("3.1");
  }

  @Test
  void every_registered_route_is_documented_and_every_documented_operation_is_registered() {
    assertThat(new TreeSet<>(server.server().routes())).isEqualTo(documentedOperations());
  }

  @Test
  void every_reference_in_the_document_resolves() {
    List<String> broken = new ArrayList<>();
    collectRefs(document, broken);
    assertThat(broken).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> every_documented_operation_answers_its_example_as_documented() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey().toUpperCase(Locale.ROOT);
        String target = fill(path.getKey(), op.getValue());
        JsonNode body = op.getValue().path("requestBody").path("content");
        if (body.isMissingNode()) {
          tests.add(DynamicTest.dynamicTest(method + " " + path.getKey(), () ->
              check(op.getValue(), server.send(HttpRequest.newBuilder(server.uri(target)).method(method, HttpRequest.BodyPublishers.noBody())))));
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> media = body.fields(); media.hasNext(); ) {
          Map.Entry<String, JsonNode> type = media.next();
          JsonNode example = type.getValue().get("example");
          String text = example.isTextual() ? example.asText() : example.toString();
          tests.add(DynamicTest.dynamicTest(method + " " + path.getKey() + " " + type.getKey(), () -> {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(target))
                .header("Content-Type", type.getKey()).method(method, HttpRequest.BodyPublishers.ofString(text)));
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
            assertThat(mediaType(response)).isEqualTo(type.getKey());
            check(op.getValue(), response);
          }));
        }
        tests.add(DynamicTest.dynamicTest(method + " " + path.getKey() + " in an undocumented media type", () -> {
          HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(target))
              .header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString("x")));
          assertThat(response.statusCode()).isEqualTo(415);
          check(op.getValue(), response);
        }));
      }
    }
    return tests.stream();
  }

  private static TreeSet<String> documentedOperations() {
    TreeSet<String> operations = new TreeSet<>();
    document.get("paths").fields().forEachRemaining(path ->
        path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }

  /** The response's status is documented for the operation, with the media type it came in. */
  private static void check(JsonNode operation, HttpResponse<String> response) {
    JsonNode documented = operation.get("responses").get(Integer.toString(response.statusCode()));
    assertThat(documented).as("status " + response.statusCode() + " documented; body " + response.body()).isNotNull();
    documented = resolve(documented);
    List<String> types = new ArrayList<>();
    documented.path("content").fieldNames().forEachRemaining(types::add);
    assertThat(types).as("media types documented for " + response.statusCode()).contains(mediaType(response));
  }

  private static String mediaType(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
  }

  private static String fill(String path, JsonNode operation) {
    String filled = path;
    for (JsonNode parameter : operation.path("parameters")) {
      if ("path".equals(parameter.path("in").asText())) {
        filled = filled.replace("{" + parameter.get("name").asText() + "}", parameter.get("example").asText());
      }
    }
    return filled;
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : document.at(ref.asText().substring(1));
  }

  private static void collectRefs(JsonNode node, List<String> broken) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && document.at(ref.asText().substring(1)).isMissingNode()) {
        broken.add(ref.asText());
      }
      node.elements().forEachRemaining(child -> collectRefs(child, broken));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectRefs(child, broken));
    }
  }
}
