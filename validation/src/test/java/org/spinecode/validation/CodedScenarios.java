package org.spinecode.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * The public scenarios (scenarios/public.json) and the check scenarios (scenarios/check.json),
 * coded by the installed families the way every surface codes them, each result carrying its
 * encounter for the claim formats. Other encounters can be judged the same way: name an NDJSON
 * file of encounters with {@code -Dspinecode.formats.encounters=FILE} (held-back checks).
 *
 * <p>Diagnoses are added where the scenario has none, by what was done and where (a lumbar
 * radiculopathy for a lumbar epidural, spondylosis of the region for facet work): none on every
 * third scenario, the region's codes and chronic pain on the next, and six codes on the third, so
 * lines point at one, two or the first four diagnoses. Every other scenario names its FHIR
 * references; the rest get the data-absent-reason placeholders.
 */
final class CodedScenarios {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Installation PRODUCT = Installation.of(PluginDiscovery.fromClassPath());
  private static final EncounterCoder CODER = PRODUCT.directCoder();
  private static final WireCodec CODEC = new WireCodec();
  private static final RecordCoder CODING = new RecordCoder(CODER, CODEC, new WireMapping(), CodedScenarios::failed)
      .withHeaders();
  private static final RecordCoder CHECKING = RecordCoder.checking(PRODUCT.directChecker(), CODEC,
      new WireMapping(), CodedScenarios::failed).withHeaders();

  /**
   * Encounters at the edges of the formats: twelve diagnoses, no line at all, a refusal that
   * echoes a control character, an ASC facility claim in RT/LT lines with every kind of reference.
   */
  private static final List<String> EDGES = List.of(
      """
      {"id": "twelve", "dateOfService": "2026-03-02", "payer": "COMMERCIAL", "diagnoses": ["M54.16", "M54.17",
       "M51.16", "M51.17", "M48.061", "M48.062", "M47.816", "M47.817", "G89.29", "G89.4", "M54.50", "M79.18"],
       "procedures": [{"family": "TRANSFORAMINAL", "guidance": "CT", "purpose": "THERAPEUTIC",
         "targets": [{"level": "L4-L5", "side": "BILATERAL"}, {"level": "L5-S1", "side": "LEFT"}]}]}""",
      """
      {"id": "nothing billable", "dateOfService": "2026-03-02", "payer": "MEDICARE", "diagnoses": ["M47.816"],
       "procedures": [{"family": "FACET", "guidance": "NONE", "purpose": "DIAGNOSTIC",
         "targets": [{"level": "L4-L5", "side": "RIGHT"}]}]}""",
      """
      {"id": "control\\u0007character", "dateOfService": "2026-03-\\u0001", "payer": "MEDICARE",
       "procedures": []}""",
      """
      {"dateOfService": "2026-03-02", "payer": "MEDICARE", "setting": "ASC", "claimType": "FACILITY",
       "abnOnFile": true, "diagnoses": ["m47816"],
       "fhir": {"patient": "urn:uuid:0b8a4a2e-5d2c-4f8e-9c61-2f1f9e0c7a11",
         "provider": "https://ehr.example/fhir/Organization/asc-1", "insurer": "Organization/medicare",
         "coverage": "Coverage/c-9"},
       "procedures": [{"family": "FACET", "guidance": "FLUOROSCOPY", "purpose": "THERAPEUTIC",
         "targets": [{"level": "L3-L4", "side": "BILATERAL"}, {"level": "L4-L5", "side": "BILATERAL"},
           {"level": "L5-S1", "side": "BILATERAL"}]}]}""");

  /** One encounter as sent, and its result carrying the encounter. */
  record Coded(String name, JsonNode input, ResultJson result) {
    @Override
    public String toString() {
      return name;
    }
  }

  private CodedScenarios() {}

  /** Every scenario and extra encounter, coded or checked. */
  static List<Coded> all() {
    List<Coded> coded = new ArrayList<>();
    Path scenarios = scenariosFolder();
    int i = 0;
    for (JsonNode scenario : read(scenarios.resolve("public.json"))) {
      coded.add(code(scenario.get("id").asText() + " " + scenario.get("title").asText(),
          dressed((ObjectNode) scenario.get("input"), i++), CODING));
    }
    for (JsonNode scenario : read(scenarios.resolve("check.json"))) {
      coded.add(code(scenario.get("id").asText() + " " + scenario.get("title").asText(),
          dressed((ObjectNode) scenario.get("input"), i++), CHECKING));
    }
    for (String edge : EDGES) {
      coded.add(code("edge " + (i++), read(edge), CODING));
    }
    String extra = System.getProperty("spinecode.formats.encounters");
    if (extra != null && !extra.isBlank()) {
      try {
        int line = 0;
        for (String text : Files.readAllLines(Path.of(extra), StandardCharsets.UTF_8)) {
          line++;
          if (!text.isBlank()) {
            JsonNode input = JSON.readTree(text);
            coded.add(code(extra + ":" + line, input, input.has("billed") ? CHECKING : CODING));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return coded;
  }

  /** One encounter coded on its own. */
  static ResultJson recoded(JsonNode input) {
    return (input.has("billed") ? CHECKING : CODING).code(input, null);
  }

  private static Coded code(String name, JsonNode input, RecordCoder records) {
    return new Coded(name, input, records.code(input, null));
  }

  private static ObjectNode dressed(ObjectNode input, int index) {
    ObjectNode encounter = input.deepCopy();
    if (!encounter.has("diagnoses") && index % 3 != 0) {
      ArrayNode diagnoses = encounter.putArray("diagnoses");
      Set<String> codes = new LinkedHashSet<>(regionalCodes(encounter));
      codes.add("G89.29");
      if (index % 3 == 2) {
        codes.addAll(List.of("M54.50", "M79.18", "Z79.891", "M62.830"));
      }
      codes.stream().limit(12).forEach(diagnoses::add);
    }
    if (!encounter.has("fhir") && index % 2 == 1) {
      ObjectNode fhir = encounter.putObject("fhir");
      fhir.put("patient", "Patient/p-" + index);
      fhir.put("provider", "Practitioner/dr-7");
      fhir.put("insurer", "Organization/payer-" + encounter.path("payer").asText("x").toLowerCase());
      fhir.put("coverage", "Coverage/c-" + index);
    }
    return encounter;
  }

  // A plausible diagnosis for each procedure: radiculopathy for an epidural, spondylosis for
  // facet work, by the region of its first target.
  private static Set<String> regionalCodes(JsonNode encounter) {
    Set<String> codes = new LinkedHashSet<>();
    for (JsonNode procedure : encounter.path("procedures")) {
      JsonNode target = procedure.path("targets").path(0);
      String where = target.has("level") ? target.path("level").asText()
          : target.path("nerves").path(0).asText("L");
      char region = where.isEmpty() ? 'L' : where.charAt(0);
      boolean facet = procedure.path("family").asText().equalsIgnoreCase("FACET");
      codes.add(switch (region) {
        case 'C' -> facet ? "M47.812" : "M54.12";
        case 'T' -> facet ? "M47.814" : "M54.14";
        default -> facet ? "M47.816" : "M54.16";
      });
    }
    return codes;
  }

  private static Path scenariosFolder() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("scenarios/public.json"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("scenarios/public.json not found above " + Path.of("").toAbsolutePath());
    }
    return here.resolve("scenarios");
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void failed(Throwable failure, Long line) {
    throw new AssertionError("the engine failed on a scenario", failure);
  }
}
