package org.spinecode.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecode.rest.format.ClaimFormat;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.LineJson;
import org.spinecode.validation.CodedScenarios.Coded;

/**
 * Every public and check scenario's FHIR output passes the HL7 FHIR R4 validator with no errors,
 * and the Claim says what the JSON result says: one item per line with the same code, modifiers,
 * units and diagnosis pointers, the encounter's diagnoses, the date of service. A refused encounter
 * is a Bundle whose one OperationOutcome says why.
 */
class FhirOutputValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Integer> WARNINGS = new TreeMap<>();

  static List<Coded> scenarios() {
    return CodedScenarios.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void the_bundle_passes_the_hl7_validator_with_no_errors(Coded coded) {
    String bundle = ClaimFormat.FHIR.write(coded.result(), false);

    List<SingleValidationMessage> messages = Hl7Validator.messages(bundle);

    assertThat(Hl7Validator.errors(messages)).as(bundle).isEmpty();
    messages.stream().filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
        .forEach(m -> {
          synchronized (WARNINGS) {
            WARNINGS.merge(m.getMessage().replaceAll("'[^' ]*'", "'...'"), 1, Integer::sum);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void the_claim_items_equal_the_json_result_lines(Coded coded) throws Exception {
    ResultJson result = coded.result();
    JsonNode bundle = JSON.readTree(ClaimFormat.FHIR.write(result, true));

    assertThat(bundle.path("type").asText()).isEqualTo("collection");
    JsonNode entries = bundle.path("entry");
    if (result.error() != null) {
      assertThat(entries).hasSize(1);
      JsonNode outcome = entries.get(0).path("resource");
      assertThat(outcome.path("resourceType").asText()).isEqualTo("OperationOutcome");
      assertThat(outcome.path("issue")).singleElement().satisfies(issue -> {
        assertThat(issue.path("severity").asText()).isEqualTo("error");
        assertThat(issue.path("details").path("text").asText())
            .isEqualTo(result.error().message().replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD"));
      });
      return;
    }
    JsonNode claim = entries.get(0).path("resource");
    String date = coded.input().path("dateOfService").asText();
    assertThat(claim.path("resourceType").asText()).isEqualTo("Claim");
    assertThat(claim.path("created").asText()).isEqualTo(date);
    assertThat(lines(claim)).isEqualTo(lines(result.lines(), date));
    List<String> diagnoses = new ArrayList<>();
    claim.path("diagnosis").forEach(d -> diagnoses.add(d.at("/diagnosisCodeableConcept/coding/0/code").asText()
        .replace(".", "")));
    List<String> given = new ArrayList<>();
    coded.input().path("diagnoses").forEach(d -> given.add(d.asText().toUpperCase().replace(".", "")));
    assertThat(diagnoses).isEqualTo(given);
    assertThat(claim.path("identifier").path(0).path("value").asText(null)).isEqualTo(result.id());

    JsonNode outcome = entries.get(1).path("resource");
    assertThat(outcome.path("resourceType").asText()).isEqualTo("OperationOutcome");
    List<String> rules = new ArrayList<>();
    outcome.path("issue").forEach(issue -> rules.add(issue.at("/details/coding/0/code").asText()));
    assertThat(rules).containsSubsequence(result.findings().stream().map(f -> f.rule()).toList());
    assertThat(entries.get(0).path("fullUrl").asText()).startsWith("urn:uuid:")
        .isNotEqualTo(entries.get(1).path("fullUrl").asText());
  }

  @Test
  void the_validator_refuses_a_claim_without_its_patient_so_a_clean_pass_means_something() throws Exception {
    Coded coded = scenarios().get(0);
    ObjectNode bundle =
        (ObjectNode) JSON.readTree(ClaimFormat.FHIR.write(coded.result(), false));
    ((ObjectNode) bundle.at("/entry/0/resource")).remove("patient");

    assertThat(Hl7Validator.errors(JSON.writeValueAsString(bundle))).anySatisfy(error ->
        assertThat(error).contains("Claim.patient"));
  }

  /** code, modifiers, units, pointers and date of each Claim item, in order. */
  private static List<String> lines(JsonNode claim) {
    List<String> items = new ArrayList<>();
    for (JsonNode item : claim.path("item")) {
      List<String> modifiers = new ArrayList<>();
      item.path("modifier").forEach(m -> modifiers.add(m.at("/coding/0/code").asText()));
      List<Integer> pointers = new ArrayList<>();
      item.path("diagnosisSequence").forEach(p -> pointers.add(p.asInt()));
      items.add(item.at("/productOrService/coding/0/code").asText() + " " + modifiers + " x"
          + item.at("/quantity/value").asInt() + " dx" + pointers + " on " + item.path("servicedDate").asText());
    }
    return items;
  }

  private static List<String> lines(List<LineJson> lines, String date) {
    return lines.stream().map(line -> line.code() + " " + line.modifiers() + " x" + line.units() + " dx"
        + (line.diagnosisPointers() == null ? List.of() : line.diagnosisPointers()) + " on " + date).toList();
  }

  @AfterAll
  static void report_the_warnings_seen() {
    System.out.println("HL7 validator warnings over the scenarios (message, count): " + WARNINGS);
  }
}
