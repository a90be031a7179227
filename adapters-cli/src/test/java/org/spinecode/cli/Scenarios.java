package org.spinecode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The golden scenarios in scenarios/public.json, judged the way the conformance harness judges them. */
final class Scenarios {
  static final Path FILE = locate();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scenarios() {}

  private static Path locate() {
    String configured = System.getProperty("spinecode.scenarios");
    if (configured != null) {
      return Path.of(configured);
    }
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("scenarios/public.json"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("scenarios/public.json not found above " + Path.of("").toAbsolutePath());
    }
    return here.resolve("scenarios/public.json");
  }

  static List<JsonNode> all() {
    return read(FILE);
  }

  /** The check-mode scenarios, scenarios/check.json beside the public ones. */
  static List<JsonNode> checks() {
    return read(FILE.resolveSibling("check.json"));
  }

  private static List<JsonNode> read(Path file) {
    try {
      List<JsonNode> cases = new ArrayList<>();
      JSON.readTree(file.toFile()).forEach(cases::add);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Null when the result matches the scenario's expectation, else what differs. */
  static String judge(JsonNode scenario, JsonNode result) {
    JsonNode expect = scenario.get("expect");
    if (expect.has("error")) {
      JsonNode error = result.get("error");
      return error != null && expect.get("error").asText().equals(error.path("code").asText())
          ? null : "expected error " + expect.get("error") + ", got " + result;
    }
    if (result.has("error")) {
      return "unexpected error " + result.get("error");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Integer> want = lineKeys(expect.get("lines"));
    Map<String, Integer> got = lineKeys(result.get("lines"));
    if (!want.equals(got)) {
      problems.add("lines: expected " + want + ", got " + got);
    }
    TreeSet<String> wantRules = new TreeSet<>();
    expect.get("findings").forEach(f -> wantRules.add(f.asText()));
    TreeSet<String> gotRules = new TreeSet<>();
    result.get("findings").forEach(f -> {
      String severity = f.path("severity").asText();
      if (severity.equals("WARNING") || severity.equals("ERROR")) {
        gotRules.add(f.path("rule").asText());
      }
    });
    if (!wantRules.equals(gotRules)) {
      problems.add("findings: expected " + wantRules + ", got " + gotRules);
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  /** True when the scenario's billed-line findings need the CMS edit tables loaded. */
  static boolean needsEditTables(JsonNode scenario) {
    return scenario.has("needs");
  }

  /**
   * Null when a check result matches a check scenario as the contract judges it: the verdict, the
   * set of codes the differences name and, when {@code withFindings}, the set of WARNING and ERROR
   * rules in {@code check.findings}.
   */
  static String judgeCheck(JsonNode scenario, JsonNode result, boolean withFindings) {
    JsonNode expect = scenario.get("expect");
    if (expect.has("error")) {
      return judge(scenario, result);
    }
    if (result.has("error")) {
      return "unexpected error " + result.get("error");
    }
    JsonNode want = expect.get("check");
    JsonNode check = result.get("check");
    List<String> problems = new ArrayList<>();
    if (!want.get("verdict").asText().equals(check.path("verdict").asText())) {
      problems.add("verdict: expected " + want.get("verdict").asText() + ", got " + check.path("verdict").asText());
    }
    TreeSet<String> wantCodes = texts(want.get("differences"));
    TreeSet<String> gotCodes = new TreeSet<>();
    check.get("differences").forEach(d -> gotCodes.add(d.path("code").asText()));
    if (!wantCodes.equals(gotCodes)) {
      problems.add("differences: expected " + wantCodes + ", got " + gotCodes + " in " + check.get("differences"));
    }
    TreeSet<String> gotRules = new TreeSet<>();
    check.get("findings").forEach(f -> {
      if (!f.path("severity").asText().equals("INFO")) {
        gotRules.add(f.path("rule").asText());
      }
    });
    if (withFindings && !texts(want.get("findings")).equals(gotRules)) {
      problems.add("findings: expected " + texts(want.get("findings")) + ", got " + gotRules);
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  private static TreeSet<String> texts(JsonNode array) {
    TreeSet<String> texts = new TreeSet<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static Map<String, Integer> lineKeys(JsonNode lines) {
    Map<String, Integer> keys = new TreeMap<>();
    for (JsonNode line : lines) {
      TreeSet<String> modifiers = new TreeSet<>();
      line.path("modifiers").forEach(m -> modifiers.add(m.asText()));
      keys.merge(line.get("code").asText() + modifiers + "x" + line.path("units").asInt(1), 1, Integer::sum);
    }
    return keys;
  }
}
