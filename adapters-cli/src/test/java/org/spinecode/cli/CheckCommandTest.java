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
import org.spinecode.cli.command.ExitCodes;

/** spinecode check: the code command's inputs and streaming, answered with checks, and its exit codes. */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("../examples/claims");
  private static final String MATCHING = "{\"id\":\"m\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"INTERLAMINAR\",\"guidance\":\"FLUOROSCOPY\",\"targets\":[{\"level\":\"L4-L5\"}]}],"
      + "\"billed\":[{\"code\":\"62323\"}]}";

  @Test
  void ndjson_gives_one_check_per_line_and_a_bad_record_costs_only_itself() throws IOException {
    String input = MATCHING + "\n{\"id\":\"bad\",\"payer\":\n" + MATCHING.replace("\"m\"", "\"m2\"")
        .replace("62323\"}", "62323\",\"units\":2}") + "\n";

    Cli run = Cli.piped(input, "check", "--format", "ndjson");

    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines.get(0)).path("check").path("verdict").asText()).isEqualTo("MATCH");
    assertThat(JSON.readTree(lines.get(1)).path("error").path("line").asInt()).isEqualTo(2);
    JsonNode differs = JSON.readTree(lines.get(2)).path("check");
    assertThat(differs.path("verdict").asText()).isEqualTo("DIFFERS");
    assertThat(differs.path("differences").get(0).path("kind").asText()).isEqualTo("UNITS");
    assertThat(run.exit()).isEqualTo(ExitCodes.RECORD_ERRORS);
  }

  @Test
  void every_claim_matching_exits_0() {
    Cli run = Cli.piped(MATCHING + "\n", "check", "--format", "ndjson");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void a_claim_without_billed_lines_is_refused_naming_the_field() throws IOException {
    Cli run = Cli.piped(MATCHING.substring(0, MATCHING.indexOf(",\"billed\"")) + "}\n", "check", "--format", "ndjson");

    assertThat(JSON.readTree(run.out()).path("error").path("field").asText()).isEqualTo("billed");
    assertThat(run.exit()).isEqualTo(ExitCodes.RECORD_ERRORS);
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    assertThat(Cli.run("check", "--no-such-option").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void the_table_puts_billed_and_expected_side_by_side_with_the_reason() {
    Cli run = Cli.run("check", EXAMPLES.resolve("nerves-as-levels.json").toString(), "--output", "table");

    assertThat(run.out()).contains("claim-0417: DIFFERS", "BILLED", "SPINECODE")
        .containsPattern("64493-50-KX x1 +64493-50-KX x1")
        .containsPattern("! +64495-50-KX x1 +\\(not billed\\) +UNEXPECTED")
        .contains("three medial branches L3, L4, L5 block two joints (L4-L5, L5-S1)", "source: CMS A58350")
        .contains("0 match, 1 differ, 0 refused");
    assertThat(run.exit()).isEqualTo(ExitCodes.RECORD_ERRORS);
  }

  @Test
  void csv_claims_with_a_billed_column_check_as_their_json_twins() throws IOException {
    Cli csv = Cli.run("check", EXAMPLES.resolve("day.csv").toString(), "--output", "ndjson");

    List<JsonNode> results = csv.out().lines().map(CheckCommandTest::read).toList();
    assertThat(results).extracting(r -> r.path("id").asText() + " " + r.path("check").path("verdict").asText())
        .containsExactly("claim-0417 DIFFERS", "claim-0419 DIFFERS", "claim-0423 MATCH");
    assertThat(results.get(1).path("check").path("differences")).extracting(d -> d.path("kind").asText())
        .containsExactly("MODIFIERS", "UNEXPECTED");
  }

  @Test
  void csv_output_has_a_verdict_row_then_a_row_per_difference() {
    Cli run = Cli.run("check", EXAMPLES.resolve("nerves-as-levels.json").toString(), "--output", "csv");

    List<String> rows = run.out().lines().toList();
    assertThat(rows.get(0)).startsWith("id,kind,verdict,difference,code,billed,expected,rule,severity,message,source");
    assertThat(rows.get(1)).startsWith("claim-0417,verdict,DIFFERS,");
    assertThat(rows.get(2)).startsWith("claim-0417,difference,DIFFERS,UNEXPECTED,64495,64495-50-KX x1,,");
  }

  @Test
  void the_report_names_the_claims_checked_and_the_worst_pattern(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("audit.html");

    Cli run = Cli.run("check", EXAMPLES.resolve("day.ndjson").toString(), "--report", report.toString());

    String html = Files.readString(report);
    assertThat(html).contains("<b>6</b>claims checked", "<b>33.3%</b>match rate, of the claims checked, refused excluded",
            "id=\"chart-kinds\"")
        .doesNotContain("<script", "src=", "href=", "url(");
    assertThat(run.err()).contains("audit report: " + report);
  }

  @Test
  void a_report_that_cannot_be_opened_stops_the_run_before_any_claim_is_checked(@TempDir Path dir) {
    Path report = dir.resolve("no-such-folder").resolve("audit.html");

    Cli run = Cli.run("check", EXAMPLES.resolve("day.ndjson").toString(), "--report", report.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--report " + report, "its folder does not exist");
    assertThat(run.out()).as("nothing was checked").isEmpty();
  }

  @Test
  void the_report_may_not_be_the_input_file(@TempDir Path dir) throws IOException {
    Path claims = Files.copy(EXAMPLES.resolve("day.ndjson"), dir.resolve("claims.ndjson"));
    byte[] before = Files.readAllBytes(claims);

    Cli run = Cli.run("check", claims.toString(), "--report", dir.resolve(".").resolve("claims.ndjson").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("is the input file");
    assertThat(Files.readAllBytes(claims)).as("the claims are untouched").isEqualTo(before);
  }

  @Test
  void a_report_that_cannot_be_written_names_it_and_the_reason_and_exits_4() {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");

    Cli run = Cli.run("check", EXAMPLES.resolve("day.ndjson").toString(), "--report", full.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err()).contains("cannot write /dev/full: No space left on device")
        .doesNotContain("audit report:", "Exception");
  }

  /**
   * Issue 20, item 7: the report says what it audited (input, run date, reference data, counts),
   * and counts claims, not lines: two claims that each bill imaging five times are two claims
   * with that pattern, and a refused record is counted apart from the match rate.
   */
  @Test
  void the_report_counts_claims_not_lines_and_names_what_it_audited(@TempDir Path dir) throws IOException {
    String claim = "{\"id\":\"ID\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\",\"procedures\":[{\"family\":"
        + "\"TRANSFORAMINAL\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"THERAPEUTIC\",\"targets\":[{\"level\":\"L4-L5\","
        + "\"side\":\"RIGHT\"}]}],\"billed\":[{\"code\":\"64483\",\"modifiers\":[\"RT\"]}" + ",{\"code\":\"77003\"}".repeat(5)
        + "]}";
    Path input = dir.resolve("march.ndjson");
    Files.writeString(input, claim.replace("ID", "claim-b") + "\n" + claim.replace("ID", "claim-a") + "\n"
        + "{\"id\":\"claim-c\",\"payer\":\"MEDICARE\"}\n" + MATCHING + "\n");
    Path report = dir.resolve("audit.html");

    Cli run = Cli.run("check", input.toString(), "--report", report.toString(), "--output", "ndjson");

    String html = Files.readString(report);
    String version = JSON.readTree(run.out().lines().findFirst().orElseThrow()).path("dataVersion").asText();
    assertThat(version).isNotEmpty();
    assertThat(html).contains("<dd id=\"input-name\">" + input + "</dd>",
        "<dd id=\"run-date\">" + java.time.LocalDate.now() + "</dd>",
        "<dd id=\"data-version\">" + version + "</dd>",
        "<dd id=\"counts\">4 read: 3 checked (1 match, 2 differ), 1 refused as invalid input</dd>",
        "<b>33.3%</b>match rate, of the claims checked, refused excluded");
    // Five 77003 lines in each of two claims: two claims, both named, least id first.
    String pattern = row(html, "77003");
    assertThat(pattern).contains("<td data-label=\"claims\">2</td>", "claim-a, claim-b").doesNotContain(">10<");
    assertThat(html).contains("data-label=\"UNEXPECTED\" data-count=\"2\"", "data-label=\"77003\" data-count=\"2\"");
  }

  /** The patterns row whose billed line is {@code code}. */
  private static String row(String html, String code) {
    int at = html.indexOf("<td data-label=\"billed\"><code>" + code);
    assertThat(at).as("a pattern billing " + code).isPositive();
    return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
