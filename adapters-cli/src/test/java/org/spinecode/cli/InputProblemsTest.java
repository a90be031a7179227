package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that only looks like encounters is said to be wrong, never coded as nothing. */
class InputProblemsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER = "id,dateOfService,payer,family,guidance,purpose,level,side\n";
  private static final String ROW = "c1,2026-03-02,MEDICARE,FACET,FLUOROSCOPY,DIAGNOSTIC,L4-L5,BILATERAL\n";

  @Test
  void text_that_is_neither_json_nor_csv_is_a_usage_error_saying_what_was_expected() {
    Cli cli = Cli.piped("hello world\n", "code");

    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains("expected encounters as a JSON object or array");
  }

  @Test
  void json_null_is_a_usage_error() {
    assertThat(Cli.piped("null\n", "code").exit()).isEqualTo(2);
    assertThat(Cli.piped("null", "code", "--format", "json").err()).contains("rather than an object or array");
  }

  @Test
  void an_empty_file_is_a_usage_error(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("day.ndjson"));

    Cli cli = Cli.run("code", empty.toString());

    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("no line");
  }

  @Test
  void a_misspelt_csv_header_names_the_column_and_the_expected_names() {
    Cli cli = Cli.piped(HEADER.replace("dateOfService", "date_of_service") + ROW, "code", "--format", "csv");

    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("column 2 'date_of_service'").contains("expected columns: id, dateOfService, payer");
  }

  @Test
  void a_semicolon_separated_csv_says_columns_are_separated_by_commas() {
    Cli cli = Cli.piped(HEADER.replace(',', ';') + ROW.replace(',', ';'), "code", "--format", "csv");

    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("separated by commas");
  }

  @Test
  void an_unclosed_csv_quote_is_reported_as_such_with_its_line() throws IOException {
    Cli cli = Cli.piped(HEADER + ROW + "c2,\"2026-03-02,MEDICARE,FACET,FLUOROSCOPY,DIAGNOSTIC,L4-L5,LEFT\n",
        "code", "--format", "csv", "--output", "json");

    JsonNode results = JSON.readTree(cli.out());
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(results.get(0).has("lines")).isTrue();
    assertThat(results.get(1).get("error").get("message").asText()).contains("opened on line 3 is never closed");
  }

  @Test
  void a_folder_as_input_is_a_usage_error(@TempDir Path dir) {
    Cli cli = Cli.run("code", dir.toString());

    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("is a folder");
  }

  @Test
  void an_unreadable_file_is_a_usage_error(@TempDir Path dir) throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
    assertThat(locked.toFile().setReadable(false)).isTrue();
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");

    assertThat(Cli.run("code", locked.toString()).exit()).isEqualTo(2);
  }

  @Test
  void a_field_given_twice_is_refused_naming_it() throws IOException {
    String twice = "{\"id\":\"d\",\"dateOfService\":\"2026-03-02\",\"payer\":\"MEDICARE\",\"payer\":\"COMMERCIAL\","
        + "\"procedures\":[]}";

    JsonNode error = lines(Cli.piped(twice + "\n", "code", "--format", "ndjson").out()).get(0).get("error");

    assertThat(error.get("field").asText()).isEqualTo("payer");
    assertThat(error.get("message").asText()).contains("given twice");
  }

  @Test
  void a_field_given_twice_deep_inside_names_its_path() throws IOException {
    String twice = encounter("2026-03-02").replace("\"side\":\"LEFT\"", "\"side\":\"LEFT\",\"side\":\"RIGHT\"");

    JsonNode error = lines(Cli.piped(twice + "\n", "code", "--format", "ndjson").out()).get(0).get("error");

    assertThat(error.get("field").asText()).isEqualTo("procedures[0].targets[0].side");
  }

  @Test
  void a_line_over_the_limit_is_one_error_line_and_the_next_line_is_coded() throws IOException {
    String huge = "{\"id\":\"big\",\"note\":\"" + "x".repeat(5000) + "\"}";

    Cli cli = Cli.piped(encounter("2026-03-02") + "\n" + huge + "\n" + encounter("2026-03-03") + "\n",
        "code", "--format", "ndjson", "--max-line", "1KiB");

    List<JsonNode> results = lines(cli.out());
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(results).hasSize(3);
    assertThat(results.get(1).get("error").get("line").asInt()).isEqualTo(2);
    assertThat(results.get(1).get("error").get("message").asText()).contains("longer than 1024 bytes");
    assertThat(results.get(2).has("lines")).isTrue();
  }

  @Test
  void a_type_error_keeps_the_id_of_the_record() throws IOException {
    String wrongType = "{\"id\":\"typed\",\"dateOfService\":\"2026-03-02\",\"payer\":\"MEDICARE\",\"procedures\":{}}";

    JsonNode result = lines(Cli.piped(wrongType + "\n", "code", "--format", "ndjson").out()).get(0);

    assertThat(result.get("id").asText()).isEqualTo("typed");
    assertThat(result.get("error").get("field").asText()).isEqualTo("procedures");
  }

  @Test
  void a_too_deeply_nested_record_is_refused_in_plain_words() throws IOException {
    String deep = "{\"id\":\"deep\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";

    String message = lines(Cli.piped(deep + "\n", "code", "--format", "ndjson").out()).get(0)
        .get("error").get("message").asText();

    assertThat(message).contains("nested more than 16 levels").doesNotContain("StreamReadConstraints").doesNotContain("`");
  }

  @Test
  void an_unknown_field_of_any_length_is_ignored() throws IOException {
    String padded = encounter("2026-03-02").replace("{\"id\"", "{\"remarks\":\"" + "r".repeat(20_000) + "\",\"id\"");

    JsonNode result = lines(Cli.piped(padded + "\n", "code", "--format", "ndjson").out()).get(0);

    assertThat(result.has("lines")).as(result.toString()).isTrue();
  }

  @Test
  void a_date_more_than_a_year_ahead_is_refused_and_one_after_today_gets_an_info() throws IOException {
    String tomorrow = LocalDate.now().plusDays(1).toString();
    Cli cli = Cli.piped(encounter("2031-01-02") + "\n" + encounter("9999-12-31") + "\n" + encounter(tomorrow) + "\n",
        "code", "--format", "ndjson");

    List<JsonNode> results = lines(cli.out());
    assertThat(results.get(0).get("error").get("field").asText()).isEqualTo("dateOfService");
    assertThat(results.get(1).get("error").get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(results.get(2).get("findings").findValuesAsText("rule")).contains("DATE_OF_SERVICE_AFTER_TODAY");
    assertThat(results.get(2).get("lines")).isNotEmpty();
  }

  @Test
  void a_target_without_a_level_is_told_it_needs_a_level() throws IOException {
    for (String family : new String[] {"FACET", "TRANSFORAMINAL"}) {
      String noLevel = encounter("2026-03-02").replace("FACET", family).replace("\"level\":\"L4-L5\",", "");

      JsonNode error = lines(Cli.piped(noLevel + "\n", "code", "--format", "ndjson").out()).get(0).get("error");

      assertThat(error.get("field").asText()).as(family).isEqualTo("procedures[0].targets[0].level");
    }
  }

  private static String encounter(String date) {
    return "{\"id\":\"e\",\"dateOfService\":\"" + date + "\",\"payer\":\"COMMERCIAL\",\"procedures\":[{\"family\":"
        + "\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\",\"targets\":[{\"level\":\"L4-L5\","
        + "\"side\":\"LEFT\"}]}]}";
  }

  static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> results = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        results.add(JSON.readTree(line));
      }
    }
    return results;
  }
}
