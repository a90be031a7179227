package org.spinecode.cli.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
public final class Scenarios {
  /** scenarios/public.json; the project's own scenario files and the synthetic coverage export are beside it. */
  public static final Path FILE = locate();

  /**
   * The one list of scenarios pending on an issue not yet landed: scenario id to the issue's
   * title. Pending scenarios are reported as skipped (GoldenScenariosTest) and judged nowhere
   * else; remove an entry when its issue lands. Empty since "Count levels and sessions as CPT and
   * CMS count them" (P56-P58) landed on main.
   */
  static final Map<String, String> PENDING = Map.of();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scenarios() {}

  /** A result as written, read back as a tree to judge. */
  public static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

  /**
   * Every scenario, with the expectations of scenarios/corrections.json in place of the shared
   * ones where the shared file contradicts the contract (each correction gives its reason).
   */
  static List<JsonNode> all() {
    try {
      Map<String, JsonNode> corrections = new TreeMap<>();
      Path correctionsFile = FILE.resolveSibling("corrections.json");
      if (Files.exists(correctionsFile)) {
        JSON.readTree(correctionsFile.toFile()).forEach(c -> corrections.put(c.get("id").asText(), c));
      }
      List<JsonNode> cases = new ArrayList<>();
      for (JsonNode scenario : JSON.readTree(FILE.toFile())) {
        JsonNode correction = corrections.remove(scenario.get("id").asText());
        if (correction != null) {
          ObjectNode corrected = scenario.deepCopy();
          corrected.set("expect", correction.get("expect"));
          corrected.put("source", scenario.path("source").asText() + "; corrected: " + correction.get("reason").asText());
          scenario = corrected;
        }
        cases.add(scenario);
      }
      if (!corrections.isEmpty()) {
        throw new IllegalStateException("corrections name scenarios that do not exist: " + corrections.keySet());
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenarios of another file beside public.json, such as the project's own jurisdiction.json. */
  static List<JsonNode> file(String name) {
    try {
      List<JsonNode> cases = new ArrayList<>();
      JSON.readTree(FILE.resolveSibling(name).toFile()).forEach(cases::add);
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
    // As the harness does: pointers are compared when an expected line names them.
    boolean pointers = false;
    for (JsonNode line : expect.get("lines")) {
      pointers |= line.has("diagnosisPointers");
    }
    Map<String, Integer> want = lineKeys(expect.get("lines"), pointers);
    Map<String, Integer> got = lineKeys(result.get("lines"), pointers);
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

  /**
   * The check-mode scenarios beside the public ones: scenarios/check.json (v2) and
   * scenarios/check-v3.json (contract v3 and the second audit, issue 20).
   */
  static List<JsonNode> checks() {
    try {
      List<JsonNode> cases = new ArrayList<>();
      for (String file : List.of("check.json", "check-v3.json")) {
        JSON.readTree(FILE.resolveSibling(file).toFile()).forEach(cases::add);
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      String error = judge(scenario, result);
      if (error == null && expect.has("field") && !expect.get("field").asText().equals(result.get("error").path("field").asText())) {
        return "expected the error to name " + expect.get("field").asText() + ", got " + result.get("error");
      }
      return error;
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
    // The harness's files name the differing codes "codes"; the project's v2 files "differences".
    TreeSet<String> wantCodes = texts(want.has("codes") ? want.get("codes") : want.get("differences"));
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
    if (withFindings) {
      for (JsonNode info : want.path("infos")) {
        boolean found = false;
        for (JsonNode f : check.get("findings")) {
          found |= f.path("rule").asText().equals(info.asText()) && f.path("severity").asText().equals("INFO");
        }
        if (!found) {
          problems.add("expected an INFO " + info.asText() + " in " + check.get("findings"));
        }
      }
    }
    for (JsonNode said : expect.path("says")) {
      if (!said.has("finding") || withFindings) {
        words(problems, said, said.has("code") ? check.get("differences") : check.get("findings"),
            said.has("code") ? "code" : "rule", said.has("code") ? said.get("code") : said.get("finding"));
      }
    }
    for (JsonNode note : withFindings ? expect.path("notes") : JSON.createArrayNode()) {
      words(problems, note, result.get("findings"), "rule", note.get("rule"));
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  /**
   * The project's additions to the contract's check harness (scenarios/check-v3.json): an entry
   * of {@code says} (a difference by {@code code}, or a check finding by {@code finding}) or
   * {@code notes} (a finding of the coding result by {@code rule}) must exist, and its message
   * and source must contain every text of {@code contains} and none of {@code lacks}.
   */
  private static void words(List<String> problems, JsonNode expected, JsonNode items, String key, JsonNode value) {
    List<String> texts = new ArrayList<>();
    items.forEach(item -> {
      if (item.path(key).asText().equals(value.asText())) {
        texts.add(item.path("message").asText() + " | " + item.path("source").asText());
      }
    });
    if (texts.isEmpty()) {
      problems.add("expected a " + key + " " + value.asText() + " in " + items);
      return;
    }
    String text = String.join(" || ", texts);
    expected.path("contains").forEach(t -> {
      if (!text.contains(t.asText())) {
        problems.add(value.asText() + " should say '" + t.asText() + "': " + text);
      }
    });
    expected.path("lacks").forEach(t -> {
      if (text.contains(t.asText())) {
        problems.add(value.asText() + " should not say '" + t.asText() + "': " + text);
      }
    });
  }

  private static TreeSet<String> texts(JsonNode array) {
    TreeSet<String> texts = new TreeSet<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static Map<String, Integer> lineKeys(JsonNode lines, boolean pointers) {
    Map<String, Integer> keys = new TreeMap<>();
    for (JsonNode line : lines) {
      TreeSet<String> modifiers = new TreeSet<>();
      line.path("modifiers").forEach(m -> modifiers.add(m.asText()));
      keys.merge(line.get("code").asText() + modifiers + "x" + line.path("units").asInt(1)
          + (pointers ? " dx" + (line.has("diagnosisPointers") ? line.get("diagnosisPointers") : "[]") : ""), 1,
          Integer::sum);
    }
    return keys;
  }
}
