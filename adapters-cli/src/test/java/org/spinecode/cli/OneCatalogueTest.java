package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.cli.command.ProductViews;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.http.RestServer;
import org.spinecode.rest.http.ServerSettings;
import org.spinecode.rest.wire.WireCodec;

/**
 * Every surface reads the one catalogue the engine codes with (issue 17): with a data folder whose
 * policies.csv allows one facet level, {@code explain}, {@code codes}, {@code GET /v1/codes/64493}
 * and {@code code} agree; the product's code table explains codes no family bills.
 */
class OneCatalogueTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TWO_RIGHT_LEVELS = "{\"dateOfService\":\"2026-03-02\",\"payer\":\"MEDICARE\","
      + "\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"THERAPEUTIC\","
      + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"RIGHT\"},{\"level\":\"L5-S1\",\"side\":\"RIGHT\"}]}]}";

  @TempDir
  Path folder;

  @Test
  void a_facet_level_limit_changed_in_the_data_folder_reads_the_same_in_explain_codes_rest_and_coding()
      throws Exception {
    writePolicies("FACET_LEVELS,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,", "FACET_LEVELS,LEVEL_LIMIT,MEDICARE,2021-04-25,,1,");
    String dataDir = folder.toString();

    Cli explain = Cli.run("--data-dir", dataDir, "explain", "64493", "--output", "json");
    Cli codes = Cli.run("--data-dir", dataDir, "codes", "--family", "FACET", "--output", "json");
    Cli coded = Cli.piped(TWO_RIGHT_LEVELS, "--data-dir", dataDir, "code", "--format", "ndjson");

    assertThat(levelLimit(JSON.readTree(explain.out()))).isEqualTo("at most 1 level(s) per region per session;"
        + " excess add-on units are expected denials");
    JsonNode listed = null;
    for (JsonNode code : JSON.readTree(codes.out())) {
      if (code.get("code").asText().equals("64493")) {
        listed = code;
      }
    }
    assertThat(levelLimit(listed)).startsWith("at most 1 level(s)");
    assertThat(JSON.readTree(coded.out()).get("findings").findValuesAsText("rule")).contains("LEVEL_LIMIT_EXCEEDED");
    assertThat(coded.err()).as("the rows loaded per table go to standard error").contains("policies test-1 (");

    Installation installation = Installation.builder().plugins(PluginDiscovery.fromClassPath()).dataDir(folder).build();
    try (RestServer server = RestServer.start(ServerSettings.defaults().withPort(0), ProductViews.served(installation),
        new WireCodec())) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.uri() + "v1/codes/64493")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(levelLimit(JSON.readTree(response.body()))).startsWith("at most 1 level(s)");
    }
  }

  @Test
  void explain_tells_a_deleted_code_and_a_number_that_never_was_from_the_code_table() throws Exception {
    Cli deleted = Cli.run("explain", "72275", "--output", "json");
    Cli table = Cli.run("explain", "72275");
    Cli never = Cli.run("explain", "64481", "--output", "json");
    Cli interlaminar = Cli.run("explain", "62311", "--output", "json");

    assertThat(deleted.exit()).isZero();
    JsonNode epidurography = JSON.readTree(deleted.out());
    assertThat(epidurography.get("status").asText()).isEqualTo("DELETED");
    assertThat(epidurography.get("label").asText()).startsWith("Deleted 2022-01-01: Epidurography");
    assertThat(epidurography.get("effectiveThrough").asText()).isEqualTo("2021-12-31");
    assertThat(table.out()).contains("status:     DELETED").contains("Deleted 2022-01-01");
    assertThat(JSON.readTree(never.out()).get("status").asText()).isEqualTo("NOT_A_CODE");
    assertThat(JSON.readTree(interlaminar.out()).get("label").asText()).startsWith("Deleted 2017-01-01")
        .contains("62322");
  }

  private static String levelLimit(JsonNode code) {
    for (JsonNode policy : code.get("policies")) {
      if (policy.get("kind").asText().equals("LEVEL_LIMIT")) {
        return policy.get("detail").asText();
      }
    }
    throw new AssertionError("no level limit on " + code);
  }

  private void writePolicies(String from, String to) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/org/spinecode/data/policies.csv")) {
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(table).contains(from);
      Files.writeString(folder.resolve("policies.csv"),
          table.replace(from, to).replace("# version: 2026-12", "# version: test-1"));
    }
  }
}
