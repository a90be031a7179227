package org.spinecode.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.cli.launch.Launcher;
import org.spinecode.plugin.data.DataLoadException;

/**
 * The job on local[2] gives, record for record, what {@code spinecode code --format ndjson} gives,
 * and with {@code --check} what {@code spinecode check --format ndjson} gives.
 */
class SpineCodeBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The contract's encounter as Parquet columns, as a data lake would hold it: the date of service a DATE. */
  private static final StructType ENCOUNTER = StructType.fromDDL(String.join(", ",
      "id STRING", "dateOfService DATE", "payer STRING", "setting STRING", "claimType STRING",
      "bilateralStyle STRING", "abnOnFile BOOLEAN", "priorAuthorizationNumber STRING", "diagnoses ARRAY<STRING>",
      "history ARRAY<STRUCT<dateOfService: STRING, family: STRING, region: STRING, purpose: STRING>>",
      "procedures ARRAY<STRUCT<family: STRING, guidance: STRING, purpose: STRING, approach: STRING,"
          + " indwellingCatheter: BOOLEAN, targets: ARRAY<STRUCT<level: STRING, nerves: ARRAY<STRING>, side: STRING>>>>"));

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("SpineCodeBatchTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        // Several partitions per core, so records really are coded apart from their neighbours.
        .config("spark.sql.files.maxPartitionBytes", "256k")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void ndjson_results_equal_the_cli_results_record_for_record() throws IOException {
    Path input = write("encounters.ndjson", new EncounterGenerator(13).lines(4000, 25));
    Path output = dir.resolve("results");

    Summary summary = BatchJob.run(spark, BatchOptions.parse(input.toString(), output.toString()));

    Map<String, String> cli = byKey(cli("code", input));
    Map<String, String> job = byKey(partFiles(output, ".txt"));
    assertSameResults(job, cli);
    assertThat(summary).isEqualTo(summaryOf(cli.values()));
    assertThat(summary.refused()).isPositive();
    assertThat(summary.findingsByRule()).containsKeys("LEVEL_LIMIT_EXCEEDED", "IMAGING_GUIDANCE_REQUIRED");
  }

  @Test
  void parquet_in_and_out_gives_the_cli_results_as_columns() throws IOException {
    List<String> lines = new EncounterGenerator(7).typedLines(1500, 20);
    Path ndjson = write("encounters.ndjson", lines);
    Path input = dir.resolve("encounters.parquet");
    spark.read().schema(ENCOUNTER).json(spark.createDataset(lines, Encoders.STRING()))
        .coalesce(1).write().parquet(input.toString());
    Path output = dir.resolve("results.parquet");

    Summary summary = BatchJob.run(spark, BatchOptions.parse("--output-format", "parquet",
        input.toString(), output.toString()));

    Map<String, JsonNode> cli = new HashMap<>();
    byKey(cli("code", ndjson)).forEach((key, line) -> cli.put(key, withoutNulls(tree(line))));
    Map<String, JsonNode> job = new HashMap<>();
    byKey(spark.read().parquet(output.toString()).toJSON().collectAsList())
        .forEach((key, line) -> job.put(key, tree(line)));
    assertSameResults(job, cli);
    assertThat(summary.records()).isEqualTo(lines.size());
  }

  @Test
  void check_results_equal_the_cli_check_results_record_for_record_in_ndjson_and_parquet() throws IOException {
    List<String> encounters = new EncounterGenerator(17).lines(300, 25);
    Map<String, String> coded = byKey(cli("code", write("encounters.ndjson", encounters)));
    Random random = new Random(17);
    List<String> claims = new ArrayList<>();
    for (String line : encounters) {
      claims.add(claim(line, coded, random));
    }
    Path input = write("claims.ndjson", claims);
    Path output = dir.resolve("checked");
    Path parquet = dir.resolve("checked.parquet");

    Summary summary = BatchJob.run(spark, BatchOptions.parse("--check", "--threads", "3", input.toString(),
        output.toString()));
    BatchJob.run(spark, BatchOptions.parse("--check", "--output-format", "parquet", input.toString(),
        parquet.toString()));

    Map<String, String> cli = byKey(cli("check", input));
    assertSameResults(byKey(partFiles(output, ".txt")), cli);
    assertThat(summary).isEqualTo(summaryOf(cli.values(), true));
    assertThat(summary.matched()).isPositive();
    assertThat(summary.differing()).isPositive();
    assertThat(cli.values()).anyMatch(line -> line.contains("\"field\":\"billed\""))
        .anyMatch(line -> line.contains("\"field\":\"billed[0].units\""));
    assertThat(summary.render()).contains("claims matched: " + summary.matched() + ", differing: " + summary.differing());

    Map<String, JsonNode> cliTrees = new HashMap<>();
    cli.forEach((key, line) -> cliTrees.put(key, withoutNulls(tree(line))));
    Map<String, JsonNode> columns = new HashMap<>();
    byKey(spark.read().parquet(parquet.toString()).toJSON().collectAsList())
        .forEach((key, line) -> columns.put(key, tree(line)));
    assertSameResults(columns, cliTrees);
  }

  /**
   * Issue 21 item 9: lines are cut on \\n only and bytes are decoded strictly, as the CLI does: a
   * carriage return inside a record is whitespace, \\r\\r\\n ends one line and shifts no later line
   * number, and a record that is not UTF-8 is refused rather than coded with replacement characters.
   */
  @Test
  void carriage_returns_and_bytes_that_are_not_utf8_give_what_the_cli_gives() throws IOException {
    List<String> generated = new EncounterGenerator(5).lines(300, 1_000_000);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < generated.size(); i++) {
      String line = generated.get(i);
      byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
      switch (i % 10) {
        case 1 -> bytes.write(line.replaceFirst(",", ",\r").getBytes(StandardCharsets.UTF_8));
        case 2 -> bytes.write((line + "\r\r").getBytes(StandardCharsets.UTF_8));
        case 3 -> {
          int id = line.indexOf("\"id\": \"") + 7;
          bytes.write(utf8, 0, id);
          bytes.write(new byte[] {(byte) 0xff, (byte) 0xc3, 'x'});
          bytes.write(utf8, id, utf8.length - id);
        }
        case 4 -> bytes.write(("\r" + line).getBytes(StandardCharsets.UTF_8));
        default -> bytes.write(utf8);
      }
      bytes.write('\n');
    }
    Path input = Files.write(dir.resolve("carriage-returns.ndjson"), bytes.toByteArray());
    Path output = dir.resolve("results");

    BatchJob.run(spark, BatchOptions.parse(input.toString(), output.toString()));

    Map<String, String> cli = byKey(cli("code", input));
    assertThat(cli).hasSize(300);
    assertThat(cli.values()).filteredOn(line -> line.contains("not valid UTF-8")).hasSize(30);
    assertSameResults(byKey(partFiles(output, ".txt")), cli);
  }

  /** Issue 20, item 8: the job honours the CLI's line limit, and a line past it is the CLI's error row. */
  @Test
  void a_line_longer_than_max_line_is_the_cli_s_error_row_and_the_others_are_checked() throws IOException {
    List<String> encounters = new EncounterGenerator(5).lines(20, 5);
    Map<String, String> coded = byKey(cli("code", write("encounters.ndjson", encounters)));
    List<String> claims = new ArrayList<>();
    Random random = new Random(5);
    for (String line : encounters) {
      claims.add(claim(line, coded, random));
    }
    // Unknown fields are ignored, so only the length makes this claim unreadable.
    claims.set(3, claims.get(3).replaceFirst("\\{", "{\"note\":\"" + "x".repeat(2048) + "\","));
    Path input = write("claims.ndjson", claims);
    Path output = dir.resolve("checked");

    Summary summary = BatchJob.run(spark, BatchOptions.parse("--check", "--max-line", "1KiB", input.toString(),
        output.toString()));

    Map<String, String> cli = byKey(cli(List.of("check", "--max-line", "1KiB"), input));
    Map<String, String> job = byKey(partFiles(output, ".txt"));
    assertSameResults(job, cli);
    assertThat(job.get("line 4")).contains("longer than 1024 bytes (--max-line)");
    assertThat(summary.refused()).isPositive();
    assertThat(SpineCodeBatch.exitCode(summary)).isEqualTo(1);
  }

  /** Issue 20, item 8: with --check, the job exits as spinecode check does. */
  @Test
  void a_check_run_exits_1_when_a_claim_differs_or_was_refused_and_0_when_all_match() {
    Map<String, Long> none = Map.of();
    assertThat(SpineCodeBatch.exitCode(new Summary(5, 0, none, true, 5, 0))).isZero();
    assertThat(SpineCodeBatch.exitCode(new Summary(5, 0, none, true, 4, 1))).isEqualTo(1);
    assertThat(SpineCodeBatch.exitCode(new Summary(5, 1, none, true, 5, 0))).isEqualTo(1);
    assertThat(SpineCodeBatch.exitCode(new Summary(5, 1, none))).as("coding: refusals are rows").isZero();
  }

  @Test
  void an_unknown_option_is_a_usage_error_before_spark_starts() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = SpineCodeBatch.run(new String[] {"--verbose", "in.ndjson", "out"},
        new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --verbose");
    assertThat(spark.sparkContext().isStopped()).isFalse();
  }

  @Test
  void a_data_folder_without_cms_files_stops_the_run_on_the_driver_before_any_record_is_coded() throws IOException {
    Path input = write("encounters.ndjson", new EncounterGenerator(3).lines(10, 5));
    Path data = Files.createDirectory(dir.resolve("cms"));
    Path output = dir.resolve("results");

    assertThatThrownBy(() -> BatchJob.run(spark, BatchOptions.parse("--data-dir", data.toString(),
        input.toString(), output.toString())))
        .isInstanceOf(DataLoadException.class);
    assertThat(output).doesNotExist();
  }

  /** The same keys, and for each key the same result; a failure shows the first few that differ. */
  private static <T> void assertSameResults(Map<String, T> job, Map<String, T> cli) {
    assertThat(job.keySet()).as("result keys").containsExactlyInAnyOrderElementsOf(cli.keySet());
    List<String> differing = cli.keySet().stream()
        .filter(key -> !cli.get(key).equals(job.get(key)))
        .sorted()
        .limit(3)
        .map(key -> key + "\n  cli: " + cli.get(key) + "\n  job: " + job.get(key))
        .toList();
    assertThat(differing).as("results that differ from the CLI's").isEmpty();
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines);
  }

  /**
   * The encounter as a claim: billed with SpineCode's own lines (about half), with lines that differ
   * (a line dropped, units changed, imaging or a modifier added), or broken (no {@code billed}, units
   * of 0, a one-character modifier). A record that is not a JSON object stays as it is.
   */
  private static String claim(String line, Map<String, String> coded, Random random) {
    JsonNode encounter;
    try {
      encounter = JSON.readTree(line);
    } catch (IOException e) {
      return line;
    }
    if (!(encounter instanceof ObjectNode claim) || !claim.hasNonNull("id")) {
      return line;
    }
    int roll = random.nextInt(20);
    if (roll == 0) {
      return line;
    }
    ArrayNode billed = claim.putArray("billed");
    String result = coded.get(claim.get("id").asText());
    JsonNode lines = result == null ? null : tree(result).get("lines");
    if (lines != null) {
      for (JsonNode own : lines) {
        ObjectNode bill = billed.addObject();
        String code = own.get("code").asText();
        bill.put("code", roll == 1 ? code.toLowerCase(Locale.ROOT) : code);
        ArrayNode modifiers = bill.putArray("modifiers");
        own.path("modifiers").forEach(modifiers::add);
        bill.put("units", own.get("units").asInt());
      }
    }
    switch (roll) {
      case 2 -> billed.insertObject(0).put("code", "64483").put("units", 0);
      case 3 -> billed.insertObject(0).put("code", "64483").putArray("modifiers").add("5");
      case 4, 5 -> billed.addObject().put("code", "77003");
      case 6, 7 -> {
        if (!billed.isEmpty()) {
          billed.remove(billed.size() - 1);
        }
      }
      case 8, 9 -> {
        if (!billed.isEmpty()) {
          ((ObjectNode) billed.get(0)).put("units", billed.get(0).get("units").asInt() + 1);
        }
      }
      case 10 -> {
        if (!billed.isEmpty()) {
          ((ArrayNode) billed.get(0).get("modifiers")).add("59");
        }
      }
      default -> { }
    }
    return claim.toString();
  }

  private static List<String> cli(String command, Path input) {
    return cli(List.of(command), input);
  }

  private static List<String> cli(List<String> command, Path input) {
    StringWriter out = new StringWriter();
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--format", "ndjson", input.toString()));
    int exit = Launcher.execute(args.toArray(new String[0]),
        InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(exit).as("CLI exit code: some records refused").isEqualTo(1);
    return out.toString().lines().toList();
  }

  private static List<String> partFiles(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("part-") && f.toString().endsWith(suffix))
          .flatMap(f -> {
            try {
              return Files.readAllLines(f).stream();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    }
  }

  /** Results by id, or by input line for a record too broken to carry one; a key seen twice fails. */
  private static Map<String, String> byKey(List<String> lines) {
    Map<String, String> results = new LinkedHashMap<>();
    for (String line : lines) {
      JsonNode result = tree(line);
      String key = result.hasNonNull("id") ? result.get("id").asText() : "line " + result.at("/error/line").asLong();
      assertThat(results.put(key, line)).as("results for %s", key).isNull();
    }
    return results;
  }

  private static Summary summaryOf(Iterable<String> lines) {
    return summaryOf(lines, false);
  }

  private static Summary summaryOf(Iterable<String> lines, boolean check) {
    long coded = 0;
    long refused = 0;
    long matched = 0;
    long differing = 0;
    Map<String, Long> rules = new HashMap<>();
    for (String line : lines) {
      JsonNode result = tree(line);
      if (result.has("error")) {
        refused++;
      } else {
        coded++;
        if (check) {
          if (result.at("/check/verdict").asText().equals("MATCH")) {
            matched++;
          } else {
            differing++;
          }
        }
        result.get("findings").forEach(f -> rules.merge(f.get("rule").asText(), 1L, Long::sum));
      }
    }
    return new Summary(coded, refused, rules, check, matched, differing);
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.properties().removeIf(field -> field.getValue().isNull());
    }
    node.forEach(SpineCodeBatchTest::withoutNulls);
    return node;
  }
}
