package org.spinecode.cli.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as users get it: plugins found inside it, the conformance harness, streaming. */
class ShadedJarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of(System.getProperty("spinecode.jar", "target/spinecode.jar"));

  @Test
  void the_shaded_jar_lists_the_four_families_from_inside_itself() throws Exception {
    Run run = java(List.of(), null, "plugins", "--output", "json");

    JsonNode plugins = JSON.readTree(run.out);
    assertThat(run.exit).isZero();
    assertThat(plugins).extracting(p -> p.get("id").asText())
        .containsExactly("facet", "interlaminar", "transforaminal", "ultrasound");
    assertThat(plugins).allSatisfy(p -> assertThat(Path.of(p.get("location").asText()).getFileName())
        .isEqualTo(JAR.getFileName()));
  }

  @Test
  void every_public_scenario_passes_through_the_shaded_jar(@TempDir Path dir) throws Exception {
    List<JsonNode> scenarios = Scenarios.all();
    Path input = dir.resolve("scenarios.ndjson");
    List<String> lines = new ArrayList<>();
    for (JsonNode scenario : scenarios) {
      lines.add(scenario.get("input").toString());
    }
    Files.write(input, lines);

    Run run = java(List.of(), input, "code", "--format", "ndjson");

    List<String> results = run.out.lines().filter(l -> !l.isBlank()).toList();
    assertThat(results).hasSize(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      JsonNode result = JSON.readTree(results.get(i));
      assertThat(result.path("id").asText()).isEqualTo(scenarios.get(i).get("id").asText());
      if (!Scenarios.PENDING.containsKey(scenarios.get(i).get("id").asText())) {
        assertThat(Scenarios.judge(scenarios.get(i), result)).as(scenarios.get(i).get("title").asText()).isNull();
      }
    }
    assertThat(run.err).doesNotContain("Exception");
  }

  @Test
  void every_check_scenario_passes_through_the_check_harness(@TempDir Path dir) throws Exception {
    List<JsonNode> scenarios = Scenarios.checks();
    Path input = dir.resolve("claims.ndjson");
    List<String> lines = new ArrayList<>();
    for (JsonNode scenario : scenarios) {
      lines.add(scenario.get("input").toString());
    }
    Files.write(input, lines);

    Run run = java(List.of(), input, "check", "--format", "ndjson");

    List<String> results = run.out.lines().filter(l -> !l.isBlank()).toList();
    assertThat(results).hasSize(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      JsonNode result = JSON.readTree(results.get(i));
      assertThat(result.path("id").asText()).isEqualTo(scenarios.get(i).get("id").asText());
      boolean findings = !Scenarios.needsEditTables(scenarios.get(i)) || CheckScenariosTest.EDIT_TABLES;
      assertThat(Scenarios.judgeCheck(scenarios.get(i), result, findings)).as(scenarios.get(i).get("title").asText())
          .isNull();
    }
  }

  @Test
  void a_large_ndjson_file_streams_in_64_megabytes_of_heap_one_result_per_line(@TempDir Path dir) throws Exception {
    List<JsonNode> scenarios = Scenarios.all();
    Path input = dir.resolve("large.ndjson");
    int count = 200_000;
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write(scenarios.get(i % scenarios.size()).get("input").toString());
        out.write('\n');
      }
    }

    Run run = java(List.of("-Xmx64m"), input, "code", "--format", "ndjson");

    assertThat(run.err).doesNotContain("OutOfMemoryError");
    assertThat(run.exit).as("some scenarios are refusals").isEqualTo(1);
    assertThat(run.outLines).isEqualTo(count);
  }

  /**
   * Issue 21 item 3: a claim with 48,000 billed lines does not fit a 64 MB heap. It gets its own
   * error line; the claims before and after it are coded and written; no stack trace.
   */
  @Test
  void a_claim_too_large_for_the_heap_costs_only_its_own_line(@TempDir Path dir) throws Exception {
    String good = "{\"id\":\"ok\",\"dateOfService\":\"2026-03-02\",\"payer\":\"MEDICARE\",\"procedures\":[{\"family\":"
        + "\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\",\"targets\":[{\"level\":\"L4-L5\","
        + "\"side\":\"LEFT\"}]}],\"billed\":[{\"code\":\"64493\",\"modifiers\":[\"LT\",\"KX\"]}]}";
    StringBuilder big = new StringBuilder(good.substring(0, good.indexOf("\"billed\"")).replace("\"ok\"", "\"big\""))
        .append("\"billed\":[");
    for (int i = 0; i < 48_000; i++) {
      big.append(i == 0 ? "" : ",").append("{\"code\":\"64493\",\"modifiers\":[\"LT\"]}");
    }
    big.append("]}");
    Path input = dir.resolve("claims.ndjson");
    Files.writeString(input, good + "\n" + big + "\n" + good + "\n");

    Run run = java(List.of("-Xmx64m"), input, "check", "--format", "ndjson");

    // The big claim is refused for memory, or, when the collector keeps up, answered in full.
    assertThat(run.heads).hasSize(3);
    assertThat(run.heads.get(0)).startsWith("{\"id\":\"ok\"").contains("\"lines\":[{");
    assertThat(run.heads.get(1)).startsWith("{\"id\":\"big\"");
    assertThat(run.heads.get(2)).startsWith("{\"id\":\"ok\"").contains("\"lines\":[{");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  /** {@code heads}: the start of each output line, for outputs too large to keep. */
  private record Run(int exit, String out, long outLines, String err, List<String> heads) {}

  private static Run java(List<String> jvmOptions, Path stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("spinecode-out", ".txt");
    Path err = Files.createTempFile("spinecode-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    int exit = builder.start().waitFor();
    List<String> heads = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(out)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        heads.add(line.substring(0, Math.min(line.length(), 200)));
      }
    }
    String text = Files.size(out) < 10_000_000 ? Files.readString(out) : "";
    Run run = new Run(exit, text, heads.size(), Files.readString(err), heads);
    Files.delete(out);
    Files.delete(err);
    return run;
  }

}
