package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One NDJSON line, one record: content after a record on its line is that line's error, never a
 * second record silently dropped nor garbage silently ignored; broken JSON is explained in plain
 * words at its place on the input line (issue 21, items 1 and 8).
 */
class BatchRecordsTest {
  private static final String A = "{\"id\":\"a\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\","
      + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"LEFT\"}]}]}";
  private static final String B = A.replace("\"a\"", "\"b\"");

  @Test
  void two_records_on_one_line_are_that_lines_error_and_the_others_are_coded() throws IOException {
    Cli cli = Cli.piped(A + "\n" + B + "\n" + A + B + "\n" + B + "\n", "code", "--format", "ndjson");

    List<JsonNode> results = InputProblemsTest.lines(cli.out());
    assertThat(results).hasSize(4);
    assertThat(results.get(0).get("lines")).isNotEmpty();
    assertThat(results.get(1).get("lines")).isNotEmpty();
    JsonNode error = results.get(2).get("error");
    assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(error.get("message").asText())
        .isEqualTo("unexpected content after the record at column " + (A.length() + 1) + " of input line 3");
    assertThat(error.get("line").asLong()).isEqualTo(3);
    assertThat(results.get(2).get("lines")).isNull();
    assertThat(results.get(3).get("lines")).isNotEmpty();
    assertThat(cli.exit()).isEqualTo(1);
  }

  @Test
  void text_after_a_record_is_that_lines_error() throws IOException {
    Cli cli = Cli.piped(A + " garbage\n", "check", "--format", "ndjson");

    JsonNode error = InputProblemsTest.lines(cli.out()).get(0).get("error");
    assertThat(error.get("message").asText())
        .isEqualTo("unexpected content after the record at column " + (A.length() + 2) + " of input line 1");
  }

  @Test
  void broken_json_on_line_13_is_placed_on_input_line_13_in_plain_words() throws IOException {
    String input = (A + "\n").repeat(12) + "{\"id\":\"x\",\"payer\":NaN}\n";

    Cli cli = Cli.piped(input, "code", "--format", "ndjson");

    JsonNode error = InputProblemsTest.lines(cli.out()).get(12).get("error");
    assertThat(error.get("message").asText()).matches(
        "the record is not valid JSON at column 2[0-2] of input line 13: NaN and Infinity are not JSON numbers");
    assertThat(error.get("line").asLong()).isEqualTo(13);
  }

  @Test
  void a_number_out_of_range_names_its_field() throws IOException {
    String claim = A.substring(0, A.length() - 1) + ",\"billed\":[{\"code\":\"64493\",\"units\":4294967296}]}";

    Cli cli = Cli.piped(claim + "\n", "check", "--format", "ndjson");

    JsonNode error = InputProblemsTest.lines(cli.out()).get(0).get("error");
    assertThat(error.get("field").asText()).isEqualTo("billed[0].units");
    assertThat(error.get("message").asText()).doesNotContain("Numeric value").doesNotContain("line 1,");
  }
}
