package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FACET = "{\"id\":\"f1\",\"dateOfService\":\"2026-03-02\",\"payer\":\"MEDICARE\","
      + "\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\","
      + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"BILATERAL\"},{\"level\":\"L5-S1\",\"side\":\"BILATERAL\"}]}]}";
  private static final String TRANSFORAMINAL = "{\"id\":\"t1\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"transformational\",\"guidance\":\"fluoroscopy\",\"purpose\":\"THERAPEUTIC\","
      + "\"targets\":[{\"level\":\"L5-S1\",\"side\":\"RIGHT\"}]}]}";

  @Test
  void ndjson_in_gives_one_result_per_line_in_input_order_echoing_ids() throws IOException {
    Cli cli = Cli.piped(FACET + "\n" + TRANSFORAMINAL + "\n", "code", "--format", "ndjson");

    List<JsonNode> results = lines(cli.out());
    assertThat(cli.exit()).isZero();
    assertThat(results).extracting(r -> r.get("id").asText()).containsExactly("f1", "t1");
    assertThat(results.get(0).get("lines").get(0).get("modifiers").toString()).isEqualTo("[\"50\",\"KX\"]");
    assertThat(results.get(1).get("lines").get(0).get("code").asText()).isEqualTo("64483");
  }

  @Test
  void a_malformed_line_becomes_an_error_line_with_its_line_number_and_the_rest_are_coded() throws IOException {
    Cli cli = Cli.piped(FACET + "\n{\"id\": \"x\", oops\n" + TRANSFORAMINAL + "\n", "code", "--format", "ndjson");

    List<JsonNode> results = lines(cli.out());
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(results).hasSize(3);
    assertThat(results.get(1).get("error").get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(results.get(1).get("error").get("line").asInt()).isEqualTo(2);
    assertThat(results.get(2).get("id").asText()).isEqualTo("t1");
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void an_invalid_encounter_names_the_field_and_echoes_its_id() throws IOException {
    String bad = FACET.replace("\"L5-S1\"", "\"L6-S1\"");

    Cli cli = Cli.piped(bad + "\n", "code", "--format", "ndjson");

    JsonNode error = lines(cli.out()).get(0);
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(error.get("id").asText()).isEqualTo("f1");
    assertThat(error.get("error").get("field").asText()).isEqualTo("procedures[0].targets[1].level");
  }

  @Test
  void standard_input_with_one_object_per_line_is_recognised_as_ndjson() throws IOException {
    Cli cli = Cli.piped(FACET + "\n" + TRANSFORAMINAL + "\n", "code");

    assertThat(lines(cli.out())).hasSize(2);
  }

  @Test
  void a_json_array_gives_a_json_array_and_a_wrong_type_refuses_only_that_element() throws IOException {
    String wrongType = "{\"id\":\"w\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\",\"procedures\":{\"family\":\"FACET\"}}";

    Cli cli = Cli.piped("[\n" + FACET + ",\n" + wrongType + ",\n" + TRANSFORAMINAL + "\n]", "code", "--format", "json");

    JsonNode results = JSON.readTree(cli.out());
    assertThat(results.isArray()).isTrue();
    assertThat(results).hasSize(3);
    assertThat(results.get(1).get("error").get("field").asText()).isEqualTo("procedures");
    assertThat(results.get(2).get("id").asText()).isEqualTo("t1");
    assertThat(cli.exit()).isEqualTo(1);
  }

  @Test
  void a_single_json_file_gives_a_single_result_object(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("visit.json");
    Files.writeString(file, FACET);

    Cli cli = Cli.run("code", file.toString());

    JsonNode result = JSON.readTree(cli.out());
    assertThat(cli.exit()).isZero();
    assertThat(result.get("id").asText()).isEqualTo("f1");
    assertThat(result.get("lines")).hasSize(2);
  }

  @Test
  void csv_rows_are_grouped_by_id_into_encounters_and_answered_in_csv(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("visits.csv");
    Files.writeString(file, String.join("\n",
        "id,dateOfService,payer,family,guidance,purpose,level,nerves,side,history",
        "v1,2026-03-02,MEDICARE,TRANSFORAMINAL,FLUOROSCOPY,THERAPEUTIC,L4-L5,,RIGHT,"
            + "2025-05-10 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC;2025-08-01 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC;"
            + "2025-10-15 INTERLAMINAR LUMBAR_SACRAL;2026-01-20 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC",
        "v1,,,TRANSFORAMINAL,FLUOROSCOPY,THERAPEUTIC,L5-S1,,RIGHT,",
        "v2,2026-03-02,COMMERCIAL,FACET,FLUOROSCOPY,DIAGNOSTIC,,\"L3 L4\",BILATERAL,", ""));

    Cli cli = Cli.run("code", file.toString());

    assertThat(cli.out().lines().toList()).first().isEqualTo(
        "id,kind,code,modifiers,units,levels,label,rule,severity,message,source,field,inputLine,dataVersion,"
            + "diagnosisPointers");
    assertThat(cli.out()).contains("v1,line,64483,RT GZ,1,L4-L5").contains("v1,line,64484,RT GZ,1,L5-S1")
        .contains("FREQUENCY_LIMIT_EXCEEDED").contains("v2,line,64493,50,1,L4-L5");
  }

  @Test
  void table_output_shows_lines_then_findings_with_their_sources() {
    Cli cli = Cli.piped(FACET.replace("\"MEDICARE\"", "\"MEDICARE\",\"setting\":\"HOSPITAL_OUTPATIENT\""),
        "code", "--output", "table");

    assertThat(cli.out()).contains("64493   50 KX").contains("PRIOR_AUTHORIZATION_REQUIRED")
        .contains("source: CMS OPD prior authorization").contains("1 coded, 0 refused");
  }

  @Test
  void an_error_finding_sets_exit_code_one_but_still_answers() throws IOException {
    Cli cli = Cli.piped(TRANSFORAMINAL.replace("fluoroscopy", "NONE") + "\n", "code", "--format", "ndjson");

    assertThat(cli.exit()).isEqualTo(1);
    assertThat(lines(cli.out()).get(0).get("findings").get(0).get("rule").asText()).isEqualTo("IMAGING_GUIDANCE_REQUIRED");
  }

  @Test
  void a_missing_file_is_a_usage_error() {
    Cli cli = Cli.run("code", "no-such-file.json");

    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("no such file");
  }

  @Test
  void an_unknown_option_or_format_is_a_usage_error() {
    assertThat(Cli.run("code", "--frobnicate").exit()).isEqualTo(2);
    assertThat(Cli.run("code", "--format", "xml").exit()).isEqualTo(2);
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void every_result_names_its_data_and_data_lists_the_loaded_tables() {
    Cli coded = Cli.piped(FACET, "code", "--format", "ndjson");
    assertThat(coded.out()).contains("\"dataVersion\":\"codes ").contains("ncci 2024Q3");

    Cli data = Cli.run("data");
    assertThat(data.exit()).isZero();
    assertThat(data.out()).contains("ncci-ptp-practitioner").contains("ncci-mue-outpatient-hospital")
        .contains("2024Q3").contains("pfs-indicators").contains("policies").contains("conventions")
        .contains("facet-codes").contains("interlaminar-codes").contains("transforaminal-codes")
        .contains("ultrasound-codes");
  }

  @Test
  void a_data_folder_without_cms_files_fails_start_up_naming_the_folder(@TempDir Path dir) {
    Cli cli = Cli.run("--data-dir", dir.toString(), "data");
    assertThat(cli.exit()).isEqualTo(3);
    assertThat(cli.err()).contains(dir.toString()).contains("no official CMS file").doesNotContain("Exception");
  }
}
