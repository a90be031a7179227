package org.spinecode.rest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.DiagnosisCode;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.FhirReferences;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/** The claim formats as a library user and the adapters write them. */
class ClaimFormatTest {
  private static final EncounterCoder CODER = Installation.of(PluginDiscovery.fromClassPath()).directCoder();
  private static final WireCodec CODEC = new WireCodec();
  private static final RecordCoder RECORDS = new RecordCoder(CODER, CODEC, new WireMapping(), (failure, line) -> {
    throw new AssertionError(failure);
  }).withHeaders();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRANSFORAMINAL = """
      {"id": "tf-1", "dateOfService": "2026-03-02", "payer": "COMMERCIAL", "diagnoses": [%s],
       "procedures": [{"family": "TRANSFORAMINAL", "guidance": "FLUOROSCOPY", "purpose": "THERAPEUTIC",
         "targets": [{"level": "L4-L5", "side": "RIGHT"}, {"level": "L5-S1", "side": "LEFT"}]}]}""";

  @Test
  void a_library_user_writes_both_formats_from_the_domain_result() throws Exception {
    Encounter encounter = Encounter.builder().id("lib-1").dateOfService(LocalDate.of(2026, 3, 2))
        .payer(Payer.MEDICARE).setting(Setting.ASC)
        .addDiagnoses(DiagnosisCode.parse("M47.816"))
        .addProcedures(Procedure.builder().family(ProcedureFamily.of("FACET")).guidance(Guidance.FLUOROSCOPY)
            .purpose(Purpose.DIAGNOSTIC).addTargets(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)).build())
        .build();

    String fhir = ClaimFormat.FHIR.write(encounter, CODER.code(encounter), FhirReferences.NONE);
    String x12 = ClaimFormat.X12.write(encounter, CODER.code(encounter), FhirReferences.NONE);

    JsonNode claim = JSON.readTree(fhir).at("/entry/0/resource");
    assertThat(claim.at("/item/0/productOrService/coding/0/code").asText()).isEqualTo("64493");
    assertThat(claim.at("/item/0/locationCodeableConcept/coding/0/code").asText()).as("ASC").isEqualTo("24");
    assertThat(x12).isEqualTo("""
        HI*ABK:M47816~
        LX*1~
        SV1*HC:64493:RT:KX*0*UN*1***1~
        DTP*472*D8*20260302~
        """);
  }

  @Test
  void the_same_encounter_gives_the_same_bytes_and_another_id_other_full_urls() throws Exception {
    String first = fhir(TRANSFORAMINAL.formatted("\"M54.16\""));
    String again = fhir(TRANSFORAMINAL.formatted("\"M54.16\""));
    String other = fhir(TRANSFORAMINAL.formatted("\"M54.16\"").replace("tf-1", "tf-2"));
    String noId = fhir(TRANSFORAMINAL.formatted("\"M54.16\"").replace("\"id\": \"tf-1\", ", ""));

    assertThat(again).isEqualTo(first);
    assertThat(JSON.readTree(other).at("/entry/0/fullUrl").asText())
        .startsWith("urn:uuid:").isNotEqualTo(JSON.readTree(first).at("/entry/0/fullUrl").asText());
    assertThat(fhir(TRANSFORAMINAL.formatted("\"M54.16\"").replace("\"id\": \"tf-1\", ", ""))).isEqualTo(noId);
    assertThat(JSON.readTree(noId).at("/entry/0/resource").has("identifier")).isFalse();
    assertThat(JSON.readTree(first).at("/entry/0/resource/created").asText()).isEqualTo("2026-03-02");
  }

  @Test
  void references_the_caller_gives_are_written_and_the_rest_are_data_absent_placeholders() throws Exception {
    String encounter = TRANSFORAMINAL.formatted("\"M54.16\"")
        .replace("\"payer\"", "\"fhir\": {\"patient\": \"Patient/p1\", \"coverage\": \"urn:uuid:7f3c0d6e-0000-4000-8000-000000000001\"}, \"payer\"");

    JsonNode claim = JSON.readTree(fhir(encounter)).at("/entry/0/resource");

    assertThat(claim.at("/patient/reference").asText()).isEqualTo("Patient/p1");
    assertThat(claim.at("/insurance/0/coverage/reference").asText()).startsWith("urn:uuid:");
    for (String absent : new String[] {"/provider", "/insurer"}) {
      assertThat(claim.at(absent + "/extension/0/url").asText())
          .isEqualTo("http://hl7.org/fhir/StructureDefinition/data-absent-reason");
      assertThat(claim.at(absent + "/extension/0/valueCode").asText()).isEqualTo("unknown");
    }
  }

  @Test
  void a_reference_to_the_wrong_kind_of_resource_or_with_spaces_is_invalid_input_naming_it() {
    assertThatThrownBy(() -> new WireMapping().toDomain(CODEC.readEncounter(TRANSFORAMINAL.formatted("")
        .replace("\"payer\"", "\"fhir\": {\"patient\": \"Practitioner/7\"}, \"payer\""))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("fhir.patient"));
    assertThatThrownBy(() -> new FhirReferences(null, "Practitioner/dr 7", null, null).checked())
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("provider"));
    assertThat(new FhirReferences("https://ehr.example/fhir/Patient/9/_history/2", "PractitionerRole/3",
        "Organization/1", "#cov").checked()).isNotNull();
  }

  @Test
  void a_refused_encounter_is_a_bundle_with_one_error_issue_naming_the_field() throws Exception {
    ResultJson refused = RECORDS.code(CODEC.readEncounter(TRANSFORAMINAL.formatted("\"M54\", \"m54\"")), 7L);

    JsonNode entries = JSON.readTree(ClaimFormat.FHIR.write(refused, false)).path("entry");

    assertThat(entries).hasSize(1);
    JsonNode issue = entries.at("/0/resource/issue/0");
    assertThat(issue.path("severity").asText()).isEqualTo("error");
    assertThat(issue.path("code").asText()).isEqualTo("invalid");
    assertThat(issue.at("/details/coding/0/code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(issue.path("diagnostics").asText()).isEqualTo("field: diagnoses[1]; input line 7");
    assertThatThrownBy(() -> ClaimFormat.X12.write(refused, false)).isInstanceOf(UnwritableClaim.class);
  }

  @Test
  void a_control_character_echoed_from_the_input_never_reaches_a_fhir_string() throws Exception {
    ResultJson refused = RECORDS.code(CODEC.readEncounter(TRANSFORAMINAL.formatted("")
        .replace("2026-03-02", "2026-03-\\u0001")), null);

    String bundle = ClaimFormat.FHIR.write(refused, false);

    String text = JSON.readTree(bundle).at("/entry/0/resource/issue/0/details/text").asText();
    assertThat(text).contains("\uFFFD").doesNotContain("\u0001");
  }

  @Test
  void x12_leaves_out_hi_and_the_pointers_without_diagnoses_and_points_at_four_of_six() {
    assertThat(x12(TRANSFORAMINAL.formatted(""))).isEqualTo("""
        LX*1~
        SV1*HC:64483:RT*0*UN*1~
        DTP*472*D8*20260302~
        LX*2~
        SV1*HC:64484:LT*0*UN*1~
        DTP*472*D8*20260302~
        """);
    assertThat(x12(TRANSFORAMINAL.formatted("\"M54.16\", \"M54.17\", \"M51.16\", \"M51.17\", \"G89.29\", \"M54.50\"")))
        .startsWith("HI*ABK:M5416*ABF:M5417*ABF:M5116*ABF:M5117*ABF:G8929*ABF:M5450~\n")
        .contains("SV1*HC:64483:RT*0*UN*1***1:2:3:4~\n");
  }

  @Test
  void an_encounter_without_findings_says_so_in_one_information_issue() throws Exception {
    ResultJson quiet = RECORDS.code(CODEC.readEncounter(TRANSFORAMINAL.formatted("")), null);
    ResultJson silent = new ResultJson(quiet.id(), quiet.lines(), java.util.List.of(), null, null, null,
        quiet.header());

    JsonNode issues = JSON.readTree(ClaimFormat.FHIR.write(silent, false)).at("/entry/1/resource/issue");

    assertThat(issues).singleElement().satisfies(issue -> {
      assertThat(issue.path("severity").asText()).isEqualTo("information");
      assertThat(issue.at("/details/text").asText()).isEqualTo("no findings");
    });
  }

  @Test
  void codes_and_modifiers_are_named_in_their_own_code_systems() {
    assertThat(CodeSystems.procedure("64483")).isEqualTo(CodeSystems.CPT);
    assertThat(CodeSystems.procedure("0213T")).isEqualTo(CodeSystems.CPT);
    assertThat(CodeSystems.procedure("G0260")).isEqualTo(CodeSystems.HCPCS);
    assertThat(CodeSystems.modifier("50")).isEqualTo(CodeSystems.CPT);
    assertThat(CodeSystems.modifier("RT")).isEqualTo(CodeSystems.HCPCS);
    assertThat(ClaimFormat.ofMediaType("Application/FHIR+JSON; fhirVersion=4.0")).contains(ClaimFormat.FHIR);
  }

  private static String fhir(String encounter) {
    return ClaimFormat.FHIR.write(RECORDS.code(CODEC.readEncounter(encounter), null), false);
  }

  private static String x12(String encounter) {
    return ClaimFormat.X12.write(RECORDS.code(CODEC.readEncounter(encounter), null), false);
  }
}
