package org.spinecode.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinecode.rest.wire.ResultJson.CheckJson;
import org.spinecode.rest.wire.ResultJson.ClaimLineJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.ErrorJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * Results written field by field are byte for byte what Jackson's data binding writes for the
 * same records from their annotations (the codec's output before it wrote them by hand): every
 * optional part present or absent, nulls inside, text that needs escaping, repeated text.
 */
class ResultWritingTest {
  private static final WireCodec CODEC = new WireCodec();
  private static final ObjectWriter BINDING = new ObjectMapper().writerFor(ResultJson.class);
  private static final String[] TEXT = {"64483", "LT", "Facet joint or medial branch injection, low back, first level",
      "quote \" and backslash \\ and tab \t and newline \n and \u0001 control", "é ü 漢字 \uD83D\uDE00", "", "L4-L5",
      "CMS NCCI quarterly files, 2024Q3; the same text met again and again in a batch run"};

  @Test
  void one_result_is_written_as_data_binding_writes_it() throws IOException {
    Random random = new Random(23);
    for (int i = 0; i < 3_000; i++) {
      ResultJson result = result(random);
      assertThat(CODEC.writeBytes(result)).isEqualTo(BINDING.writeValueAsBytes(result));
      // Text is the UTF-8 bytes decoded, so a record is the same text in every adapter (Jackson's
      // UTF-8 output escapes characters beyond the BMP, its text output does not).
      assertThat(CODEC.write(result)).isEqualTo(new String(BINDING.writeValueAsBytes(result), StandardCharsets.UTF_8));
    }
  }

  @Test
  void a_stream_of_results_in_each_layout_is_written_as_data_binding_writes_it() throws IOException {
    Random random = new Random(17);
    List<ResultJson> results = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      results.add(result(random));
    }

    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    StringWriter textLines = new StringWriter();
    StringWriter array = new StringWriter();
    StringWriter pretty = new StringWriter();
    try (ResultStream toBytes = CODEC.ndjson(lines); ResultStream toText = CODEC.ndjson(textLines);
        ResultStream asArray = CODEC.array(array); ResultStream indented = CODEC.pretty(pretty)) {
      for (ResultJson result : results) {
        toBytes.write(result);
        toText.write(result);
        asArray.write(result);
        indented.write(result);
      }
      toBytes.finish();
      toText.finish();
      asArray.finish();
      indented.finish();
    }

    same(lines.toString(StandardCharsets.UTF_8), bytesSequence(results));
    same(textLines.toString(), sequence(BINDING, "\n", results, "", "\n"));
    same(array.toString(), sequence(BINDING, ",\n", results, "[\n", "\n]\n"));
    same(pretty.toString(), sequence(BINDING.withDefaultPrettyPrinter(), "\n", results, "", "\n"));
  }

  // Equal texts, or the place where they part, not two megabytes of both.
  private static void same(String actual, String expected) {
    int at = 0;
    while (at < actual.length() && at < expected.length() && actual.charAt(at) == expected.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 80);
    assertThat(actual.substring(from, Math.min(actual.length(), at + 80)))
        .as("at character %d of %d", at, expected.length())
        .isEqualTo(expected.substring(from, Math.min(expected.length(), at + 80)));
    assertThat(actual.length()).isEqualTo(expected.length());
  }

  // What the NDJSON pipeline did with data binding: UTF-8 bytes, one result a line.
  private static String bytesSequence(List<ResultJson> results) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SequenceWriter sequence = BINDING.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .withRootValueSeparator("\n").writeValues(out)) {
      for (ResultJson result : results) {
        sequence.write(result);
      }
      sequence.flush();
      out.write('\n');
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // What the CLI's JSON outputs did with data binding: a sequence writer with a root separator.
  private static String sequence(ObjectWriter writer, String separator, List<ResultJson> results, String start,
      String end) throws IOException {
    StringWriter out = new StringWriter();
    out.write(start);
    try (SequenceWriter sequence = writer.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .withRootValueSeparator(separator).writeValues(out)) {
      for (ResultJson result : results) {
        sequence.write(result);
      }
      sequence.flush();
      out.write(end);
    }
    return out.toString();
  }

  private static ResultJson result(Random random) {
    if (random.nextInt(6) == 0) {
      return ResultJson.failed(maybe(random), new ErrorJson(maybe(random), maybe(random), maybe(random),
          random.nextBoolean() ? null : (long) random.nextInt(1_000_000))).withDataVersion(maybe(random));
    }
    List<LineJson> lines = random.nextInt(8) == 0 ? null : new ArrayList<>();
    for (int i = random.nextInt(5); lines != null && i > 0; i--) {
      lines.add(random.nextInt(20) == 0 ? null
          : new LineJson(maybe(random), strings(random), random.nextInt(5) - 1, maybe(random), strings(random),
              pointers(random)));
    }
    ResultJson coded = new ResultJson(maybe(random), lines, findings(random), null, null, maybe(random), null);
    if (random.nextInt(3) != 0) {
      return coded;
    }
    List<DifferenceJson> differences = random.nextInt(8) == 0 ? null : new ArrayList<>();
    for (int i = random.nextInt(4); differences != null && i > 0; i--) {
      differences.add(random.nextInt(20) == 0 ? null : new DifferenceJson(maybe(random), maybe(random),
          claimLine(random), claimLine(random), maybe(random), maybe(random)));
    }
    return ResultJson.checked(coded, new CheckJson(maybe(random), differences, findings(random)));
  }

  private static List<Integer> pointers(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> List.of();
      default -> List.of(1 + random.nextInt(4), 1 + random.nextInt(12));
    };
  }

  private static List<FindingJson> findings(Random random) {
    List<FindingJson> findings = random.nextInt(8) == 0 ? null : new ArrayList<>();
    for (int i = random.nextInt(4); findings != null && i > 0; i--) {
      findings.add(random.nextInt(20) == 0 ? null
          : new FindingJson(maybe(random), maybe(random), maybe(random), strings(random), maybe(random)));
    }
    return findings;
  }

  private static ClaimLineJson claimLine(Random random) {
    return random.nextInt(3) == 0 ? null : new ClaimLineJson(maybe(random), strings(random), random.nextInt(3));
  }

  private static List<String> strings(Random random) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      strings.add(maybe(random));
    }
    return strings;
  }

  // The same String objects again and again, as a batch meets them, and now and then a fresh copy.
  private static String maybe(Random random) {
    int pick = random.nextInt(TEXT.length + 2);
    if (pick >= TEXT.length) {
      return pick == TEXT.length ? null : new String(TEXT[random.nextInt(TEXT.length)].toCharArray());
    }
    return TEXT[pick];
  }
}
