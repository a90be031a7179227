package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecode.cli.acceptance.Scenarios;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.check.BilledLineText;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * Billed lines are read as strictly as encounters (issue 20, items 5 and 6): the text form's
 * errors name the line, a claim has at most {@link ClaimChecker#MAX_BILLED_LINES} lines, and a
 * check reads each billed line a bounded number of times, so a claim costs work in proportion to
 * its lines.
 */
class BilledLinesTest {
  private static final Installation PRODUCT = Installation.of(PluginDiscovery.fromClassPath());
  private static final ClaimChecker CHECKER =
      PRODUCT.directChecker();
  private static final WireCodec CODEC = new WireCodec();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "64493-50-KX x1 7             | billed[0].units",
      "64493-50 x1 x2               | billed[0].units",
      "64493-50 123                 | billed[0].units",
      "64493 x1.5                   | billed[0].units",
      "64493 x0                     | billed[0].units",
      "64493 x1000                  | billed[0].units",
      "64493 x99999999999999999999  | billed[0].units",
      "64493-50; 64494 KXX          | billed[1].modifiers[0]",
      "64493-ıT                     | billed[0].modifiers[0]",
      "64493-50; 6449X              | billed[1].code",
      "50-64493                     | billed[0].code",
      "64493; 64494-50; ABCDE       | billed[2].code"})
  void the_text_form_refuses_what_it_cannot_read_naming_the_line(String text, String field) {
    assertThatThrownBy(() -> BilledLineText.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void the_text_form_reads_codes_modifiers_and_units_in_any_case() {
    assertThat(BilledLineText.parse("64493-50-kx x1; 64494 rt 2, 77003"))
        .containsExactly(BilledLine.of("64493", List.of("50", "KX"), 1), BilledLine.of("64494", List.of("RT"), 2),
            BilledLine.of("77003"));
  }

  @Test
  void a_csv_claim_names_its_bad_line_by_its_place_among_the_claim_s_lines() {
    assertThatThrownBy(() -> BilledLineText.parse("64494 x1 x2", 3))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("billed[3].units"));
  }

  @Test
  void a_claim_past_the_line_cap_is_invalid_input_naming_billed() {
    StringBuilder json = new StringBuilder("{\"id\":\"big\",\"dateOfService\":\"2026-03-02\",\"payer\":\"MEDICARE\","
        + "\"procedures\":[{\"family\":\"TRANSFORAMINAL\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"THERAPEUTIC\","
        + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"LEFT\"}]}],\"billed\":[");
    for (int i = 0; i < 48_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"code\":\"77003\"}");
    }
    byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    RecordCoder records = RecordCoder.checking(CHECKER, CODEC, new WireMapping(), (failure, line) -> {
      throw new AssertionError(failure);
    });

    JsonNode result = Scenarios.tree(CODEC.write(records.code(NdjsonLines.Line.of(1, bytes))));

    assertThat(result.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(result.path("error").path("field").asText()).isEqualTo("billed");
    assertThat(result.path("error").path("message").asText()).contains(Integer.toString(ClaimChecker.MAX_BILLED_LINES));
  }

  @Test
  void the_cap_itself_is_a_valid_claim_and_one_line_more_is_not() {
    Encounter encounter = encounter();
    assertThat(CHECKER.check(encounter, lines(ClaimChecker.MAX_BILLED_LINES, new long[1])).check().differences())
        .isNotEmpty();
    assertThatThrownBy(() -> CHECKER.check(encounter, lines(ClaimChecker.MAX_BILLED_LINES + 1, new long[1])))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("billed"));
  }

  /**
   * Counts, not a clock: every read of a billed line's code, modifiers or units is counted. A check
   * that compared each billed line with every other would read a 500-line claim about a hundred
   * times as often as a 50-line one. (The edits work on their own copy of the lines; their work is
   * counted in ClaimEditsTest.)
   */
  @Test
  void a_500_line_claim_is_read_in_proportion_to_a_50_line_one() {
    long[] fifty = new long[1];
    long[] fiveHundred = new long[1];
    CHECKER.check(encounter(), lines(50, fifty));
    CHECKER.check(encounter(), lines(500, fiveHundred));

    assertThat(fifty[0]).isGreaterThanOrEqualTo(50);
    assertThat(fiveHundred[0]).isLessThanOrEqualTo(10 * fifty[0] + 100);
  }

  private static Encounter encounter() {
    return new WireMapping().toDomain(CODEC.readEncounter("""
        {"dateOfService":"2026-03-02","payer":"MEDICARE","procedures":[{"family":"TRANSFORAMINAL",
         "guidance":"FLUOROSCOPY","purpose":"THERAPEUTIC","targets":[{"level":"L4-L5","side":"LEFT"}]},
         {"family":"FACET","guidance":"FLUOROSCOPY","purpose":"THERAPEUTIC","targets":[{"level":"L4-L5","side":"BILATERAL"}]}]}"""));
  }

  /** A claim of {@code count} lines over codes the tables know, with pairs, MUEs and add-ons among them. */
  private static List<BilledLine> lines(int count, long[] reads) {
    String[] codes = {"64483", "64484", "64493", "64494", "64495", "77003", "62323", "0216T", "27096", "20552"};
    String[][] modifiers = {{"LT"}, {"RT"}, {"50"}, {"RT", "XS"}, {}};
    List<BilledLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(new CountedLine(codes[i % codes.length], List.of(modifiers[i % modifiers.length]), 1 + i % 2, reads));
    }
    return lines;
  }

  /** A billed line that counts how often it is read. */
  private static final class CountedLine extends BilledLine {
    private final String code;
    private final List<String> modifiers;
    private final int units;
    private final long[] reads;

    CountedLine(String code, List<String> modifiers, int units, long[] reads) {
      this.code = code;
      this.modifiers = modifiers;
      this.units = units;
      this.reads = reads;
    }

    @Override
    public String code() {
      reads[0]++;
      return code;
    }

    @Override
    public List<String> modifiers() {
      reads[0]++;
      return modifiers;
    }

    @Override
    public List<Integer> diagnosisPointers() {
      reads[0]++;
      return List.of();
    }

    @Override
    public int units() {
      reads[0]++;
      return units;
    }
  }
}
