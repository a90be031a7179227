package org.spinecode.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecode.domain.InvalidInputException;

/**
 * Encounters read token by token: what a record may hold, what is refused and how the refusal is
 * worded and placed. Where Jackson's data binding (what the codec used before) accepted a record,
 * the codec reads the same values.
 */
class EncounterReadingTest {
  private static final WireCodec CODEC = new WireCodec();
  private static final String A = "{\"id\":\"a\",\"payer\":\"MEDICARE\"}";
  private static final String B = "{\"id\":\"b\",\"payer\":\"COMMERCIAL\"}";

  /** The record on input line 13 of an NDJSON input, as the CLI and the batch endpoints cut it. */
  private static NdjsonLines.Line line13(String record) throws IOException {
    String input = "\n".repeat(12) + record + "\n";
    NdjsonLines lines = NdjsonLines.of(input.getBytes(StandardCharsets.UTF_8));
    return lines.next();
  }

  private static InvalidInputException refusal(String record) throws IOException {
    NdjsonLines.Line line = line13(record);
    return catchThrowableOfType(InvalidInputException.class, () -> CODEC.readEncounter(line));
  }

  @Test
  void a_second_record_on_the_same_line_is_refused_naming_where_it_starts() throws IOException {
    InvalidInputException e = refusal(A + B);

    assertThat(e.getMessage()).isEqualTo("unexpected content after the record at column " + (A.length() + 1)
        + " of input line 13");
  }

  @Test
  void text_after_the_record_is_refused_and_spaces_after_it_are_not() throws IOException {
    assertThat(refusal("  " + A + " garbage").getMessage())
        .isEqualTo("unexpected content after the record at column " + (A.length() + 4) + " of input line 13");
    assertThat(CODEC.readEncounter(line13(A + " \t ")).id()).isEqualTo("a");
  }

  @Test
  void a_request_body_with_two_records_is_refused_by_line_and_column() {
    assertThatThrownBy(() -> CODEC.readEncounter(A + "\n" + B))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("unexpected content after the record at line 2, column 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":", "{\"a\" 1}", "{a:1}", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\\x\"}",
      "{\"a\":\"\t\"}", "{\"a\":[1,]}", "{\"a\":1,}", "{\"a\":1]}", "{\"a\":tru}", "{\"id\":\"x\" \"payer\":1}",
      "{\"a\":\"\u0001\"}", "{\"a\":-}", "{\"a\":[1 2]}"})
  void broken_json_is_explained_in_plain_words_at_its_column_on_the_input_line(String record) throws IOException {
    InvalidInputException e = refusal(record);

    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).startsWith("the record is not valid JSON at column ").contains(" of input line 13: ")
        .doesNotContain("line 1,").doesNotContain("JsonReadFeature").doesNotContain("`").doesNotContain("code ")
        .doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("expecting").doesNotContain("token")
        .doesNotContain("VALUE_").doesNotContain("CTRL-CHAR").doesNotContain("Object entries");
  }

  @Test
  void the_column_counts_the_spaces_before_the_record() throws IOException {
    assertThat(refusal("   {a:1}").getMessage())
        .isEqualTo("the record is not valid JSON at column 5 of input line 13: a field name must be written in"
            + " double quotes");
  }

  @Test
  void a_number_longer_than_the_limit_names_its_field() throws IOException {
    InvalidInputException e = refusal("{\"billed\":[{\"units\":" + "1".repeat(40) + "}]}");

    assertThat(e.field()).isEqualTo("billed[0].units");
    assertThat(e.reason()).isEqualTo("a number is longer than 32 digits");
  }

  /** What data binding read, and what the codec reads: the same values, or a refusal of the same field. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":5,\"payer\":7}", "{\"id\":5.50,\"payer\":true}", "{\"id\":1e3}", "{\"id\":null}", "{\"id\":{}}",
      "{\"id\":[]}", "{\"id\":[\"a\"]}", "{\"abnOnFile\":\"true\"}", "{\"abnOnFile\":\"TRUE\"}", "{\"abnOnFile\":\"yes\"}",
      "{\"abnOnFile\":\"\"}", "{\"abnOnFile\":1}", "{\"abnOnFile\":0}", "{\"abnOnFile\":2}", "{\"abnOnFile\":1.0}",
      "{\"abnOnFile\":null}", "{\"abnOnFile\":[]}", "{\"abnOnFile\":{}}", "{\"billed\":[{\"code\":\"x\",\"units\":\"2\"}]}",
      "{\"billed\":[{\"code\":\"x\",\"units\":\"\"}]}", "{\"billed\":[{\"code\":\"x\",\"units\":1e2}]}",
      "{\"billed\":[{\"code\":\"x\",\"units\":null}]}", "{\"billed\":[{\"code\":\"x\",\"units\":\" 3 \"}]}",
      "{\"procedures\":\"x\"}", "{\"procedures\":\"\"}", "{\"procedures\":{}}", "{\"procedures\":5}",
      "{\"procedures\":[null]}", "{\"procedures\":[5]}", "{\"procedures\":[\"x\"]}",
      "{\"procedures\":[{\"targets\":[{\"nerves\":\"L4\"}]}]}", "{\"procedures\":[{\"targets\":[{\"nerves\":[\"L4\",5,null]}]}]}",
      "{\"procedures\":[{\"targets\":[{\"nerves\":[[\"L4\"]]}]}]}", "{\"procedures\":[{\"targets\":[{\"nerves\":[{}]}]}]}",
      "{\"procedures\":[{\"targets\":[{\"level\":\"L4-L5\",\"level\":\"x\"}]}]}", "{\"history\":[{\"dateOfService\":20200101}]}",
      "{\"history\":[[]]}", "{\"history\":\"\"}", "{\"billed\":[{\"modifiers\":\"50\"}]}", "{\"billed\":[{\"modifiers\":[50]}]}",
      "{\"billed\":\"\"}", "{\"procedures\":[{\"family\":\"FACET\",\"indwellingCatheter\":\"false\"}]}", "{}",
      "{\"id\":\"x\",\"id\":\"y\"}", "{\"other\":{\"deep\":[1,{\"x\":null}]},\"id\":\"e1\"}",
      "{\"id\":\"é ü \\u00e9 \\n\",\"payer\":\"MEDICARE\",\"setting\":\"ASC\",\"claimType\":\"FACILITY\","
          + "\"bilateralStyle\":\"TWO_UNITS\",\"priorAuthorizationNumber\":\"PA-1\",\"dateOfService\":\"2026-03-02\","
          + "\"history\":[{\"dateOfService\":\"2025-05-10\",\"family\":\"FACET\",\"region\":\"LUMBAR_SACRAL\","
          + "\"purpose\":\"DIAGNOSTIC\"}],\"procedures\":[{\"family\":\"INTERLAMINAR\",\"guidance\":\"CT\","
          + "\"approach\":\"CAUDAL\",\"indwellingCatheter\":true,\"purpose\":\"THERAPEUTIC\",\"targets\":[]}],"
          + "\"billed\":[{\"code\":\"62323\",\"modifiers\":[\"50\"],\"units\":2}]}"})
  void the_codec_reads_what_data_binding_read(String record) throws IOException {
    ObjectMapper binding = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    EncounterJson expected;
    try {
      expected = binding.readValue(record, EncounterJson.class);
    } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
      InvalidInputException refused = refusal(record);
      assertThat(refused).as(record).isNotNull();
      assertThat(refused.field()).isEqualTo(WireCodecPaths.of(e));
      return;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      assertThat(refusal(record)).as(record).isNotNull();
      return;
    }
    assertThat(CODEC.readEncounter(line13(record))).isEqualTo(expected);
  }

  @Test
  void an_element_of_an_array_is_read_the_same_way() throws IOException {
    EncounterJson fromTree = CODEC.readEncounter(new ObjectMapper().readTree(A));

    assertThat(fromTree).isEqualTo(CODEC.readEncounter(A));
    assertThatThrownBy(() -> CODEC.readEncounter(new ObjectMapper().readTree("{\"procedures\":5}")))
        .isInstanceOf(InvalidInputException.class).hasMessage("procedures: expected an array");
  }

  @Test
  void a_line_cut_from_a_stream_keeps_the_column_of_its_first_byte() throws IOException {
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream("\t {\"id\":1}\r\n".getBytes(StandardCharsets.UTF_8)), 100);

    NdjsonLines.Line line = lines.next();
    assertThat(line.column()).isEqualTo(3);
    assertThat(NdjsonLines.Line.of(1, "  {}\r".getBytes(StandardCharsets.UTF_8)).column()).isEqualTo(3);
  }
}
