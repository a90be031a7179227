package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files people open in Excel: CSV cells a spreadsheet would run as formulas are written as text
 * (OWASP "CSV Injection"), and the byte-order mark Excel's "CSV UTF-8" writes is skipped on every
 * input.
 */
class SpreadsheetFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOM = "\uFEFF";
  private static final String FACET = "{\"id\":\"%s\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\","
      + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"LEFT\"}]}]%s}";

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x.example\",\"open\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void a_cell_that_would_start_a_formula_is_written_as_quoted_text(String id) throws IOException {
    String escaped = JSON.writeValueAsString(id);
    String encounter = FACET.formatted(escaped.substring(1, escaped.length() - 1), "");
    String neutral = "\"'" + id.replace("\"", "\"\"") + "\"";

    Cli coded = Cli.piped(encounter + "\n", "code", "--format", "ndjson", "--output", "csv");
    Cli checked = Cli.piped(FACET.formatted(escaped.substring(1, escaped.length() - 1),
        ",\"billed\":[{\"code\":\"64493\",\"modifiers\":[\"LT\"]}]") + "\n", "check", "--format", "ndjson",
        "--output", "csv");

    assertThat(coded.exit()).isZero();
    assertThat(rows(coded.out())).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith(neutral + ","));
    assertThat(rows(checked.out())).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith(neutral + ","));
  }

  /** The rows after the header; a carriage return inside a quoted cell does not end a row. */
  private static List<String> rows(String csv) {
    return Arrays.stream(csv.split("\n")).skip(1).toList();
  }

  @Test
  void ordinary_cells_are_written_as_before() throws IOException {
    Cli coded = Cli.piped(FACET.formatted("visit-1", "") + "\n", "code", "--format", "ndjson", "--output", "csv");

    assertThat(coded.out()).contains("\nvisit-1,line,64493,LT,1,L4-L5,");
  }

  @Test
  void a_csv_file_saved_as_csv_utf8_by_excel_is_read(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("visits.csv");
    Files.writeString(file, BOM + "id,dateOfService,payer,family,guidance,purpose,level,side\n"
        + "v1,2026-03-02,COMMERCIAL,FACET,FLUOROSCOPY,DIAGNOSTIC,L4-L5,LEFT\n");

    Cli cli = Cli.run("code", file.toString(), "--output", "ndjson");

    assertThat(cli.err()).isEmpty();
    assertThat(cli.exit()).isZero();
    assertThat(JSON.readTree(cli.out()).get("id").asText()).isEqualTo("v1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"encounter.json", "encounters.ndjson", "-"})
  void a_json_input_with_a_byte_order_mark_is_read(String name, @TempDir Path dir) throws IOException {
    String text = BOM + (name.endsWith(".json") ? "[" + FACET.formatted("j1", "") + "]" : FACET.formatted("j1", "") + "\n");
    Cli cli;
    if (name.equals("-")) {
      cli = Cli.piped(text, "code", "--output", "ndjson");
    } else {
      Path file = Files.writeString(dir.resolve(name), text);
      cli = Cli.run("code", file.toString(), "--output", "ndjson");
    }

    List<JsonNode> results = cli.out().lines().map(SpreadsheetFilesTest::read).toList();
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(results).singleElement().satisfies(r -> assertThat(r.get("lines").findValuesAsText("code"))
        .containsExactly("64493"));
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
