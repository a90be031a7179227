package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output fhir} and {@code --output x12}, and diagnoses read from every input format. */
class ClaimFormatsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FACET = "{\"id\":\"f1\",\"dateOfService\":\"2026-03-02\",\"payer\":\"MEDICARE\","
      + "\"diagnoses\":[\"M47.816\",\"m5450\"],\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\","
      + "\"purpose\":\"DIAGNOSTIC\",\"targets\":[{\"level\":\"L3-L4\",\"side\":\"BILATERAL\"},"
      + "{\"level\":\"L4-L5\",\"side\":\"BILATERAL\"},{\"level\":\"L5-S1\",\"side\":\"BILATERAL\"}]}]}";
  private static final String TRANSFORAMINAL = "{\"id\":\"t1\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"TRANSFORAMINAL\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"THERAPEUTIC\","
      + "\"targets\":[{\"level\":\"L5-S1\",\"side\":\"RIGHT\"}]}]}";
  private static final String FACILITY = TRANSFORAMINAL.replace("\"t1\"", "\"h1\"")
      .replace("\"COMMERCIAL\"", "\"COMMERCIAL\",\"setting\":\"HOSPITAL_OUTPATIENT\",\"claimType\":\"FACILITY\"");

  @Test
  void an_ndjson_batch_in_fhir_is_one_bundle_per_line_and_a_refused_record_a_bundle_saying_why() throws IOException {
    Cli cli = Cli.piped(FACET + "\n{\"id\": \"x\", oops\n" + TRANSFORAMINAL + "\n", "code", "--format", "ndjson",
        "--output", "fhir");

    List<String> lines = cli.out().lines().toList();
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(lines).hasSize(3);
    List<JsonNode> bundles = new ArrayList<>();
    for (String line : lines) {
      bundles.add(JSON.readTree(line));
    }
    assertThat(bundles).allSatisfy(b -> assertThat(b.path("resourceType").asText()).isEqualTo("Bundle"));
    assertThat(bundles.get(0).at("/entry/0/resource/identifier/0/value").asText()).isEqualTo("f1");
    assertThat(bundles.get(0).at("/entry/0/resource/item/2/modifier/1/coding/0/code").asText()).isEqualTo("GZ");
    assertThat(bundles.get(1).path("entry")).hasSize(1);
    assertThat(bundles.get(1).at("/entry/0/resource/issue/0/diagnostics").asText()).isEqualTo("input line 2");
    assertThat(bundles.get(2).at("/entry/0/resource/item/0/productOrService/coding/0/code").asText())
        .isEqualTo("64483");
  }

  @Test
  void one_encounter_in_fhir_is_one_readable_bundle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("visit.json");
    Files.writeString(file, FACET);

    Cli cli = Cli.run("code", file.toString(), "--output", "fhir");

    assertThat(cli.exit()).isZero();
    assertThat(cli.out().lines().count()).isGreaterThan(20);
    assertThat(JSON.readTree(cli.out()).at("/entry/0/resource/diagnosis/1/diagnosisCodeableConcept/coding/0/code")
        .asText()).isEqualTo("M54.50");
  }

  @Test
  void x12_writes_each_encounters_segments_and_tells_standard_error_what_x12_cannot_carry() {
    Cli cli = Cli.piped(FACET + "\n" + FACILITY + "\n" + TRANSFORAMINAL + "\n", "code", "--format", "ndjson",
        "--output", "x12");

    assertThat(cli.exit()).as("the facility claim was not written").isEqualTo(1);
    assertThat(cli.out()).isEqualTo("""
        HI*ABK:M47816*ABF:M5450~
        LX*1~
        SV1*HC:64493:50:KX*0*UN*1***1:2~
        DTP*472*D8*20260302~
        LX*2~
        SV1*HC:64494:50:KX*0*UN*1***1:2~
        DTP*472*D8*20260302~
        LX*3~
        SV1*HC:64495:50:GZ*0*UN*1***1:2~
        DTP*472*D8*20260302~

        LX*1~
        SV1*HC:64483:RT*0*UN*1~
        DTP*472*D8*20260302~
        """);
    assertThat(cli.err()).contains("f1: WARNING LEVEL_LIMIT_EXCEEDED [64495]")
        .contains("h1: not written as X12: a hospital-outpatient facility claim is an institutional (837I) claim");
  }

  @Test
  void a_csv_diagnoses_cell_gives_each_line_its_pointers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("visits.csv");
    Files.writeString(file, String.join("\n",
        "id,dateOfService,payer,diagnoses,family,guidance,purpose,level,side",
        "v1,2026-03-02,COMMERCIAL,m5416; M51.16 ;G89.29,TRANSFORAMINAL,FLUOROSCOPY,THERAPEUTIC,L4-L5,RIGHT",
        "v2,2026-03-02,COMMERCIAL,M54.16;M5416,TRANSFORAMINAL,FLUOROSCOPY,THERAPEUTIC,L4-L5,RIGHT", ""));

    Cli json = Cli.run("code", file.toString(), "--output", "ndjson");
    Cli csv = Cli.run("code", file.toString(), "--output", "csv");

    List<String> results = json.out().lines().toList();
    assertThat(JSON.readTree(results.get(0)).at("/lines/0/diagnosisPointers").toString()).isEqualTo("[1,2,3]");
    assertThat(JSON.readTree(results.get(1)).at("/error/field").asText()).isEqualTo("diagnoses[1]");
    assertThat(csv.out()).contains("v1,line,64483,RT,1,L4-L5,").containsPattern("v1,line,64483,.*,1 2 3\n");
  }

  @Test
  void a_billed_lines_pointer_outside_the_diagnoses_is_invalid_input_naming_it() throws IOException {
    String claim = FACET.substring(0, FACET.length() - 1)
        + ",\"billed\":[{\"code\":\"64493\",\"modifiers\":[\"50\",\"KX\"],\"diagnosisPointers\":[2,3]}]}";

    Cli cli = Cli.piped(claim + "\n", "check", "--format", "ndjson");

    JsonNode error = JSON.readTree(cli.out().lines().findFirst().orElseThrow()).path("error");
    assertThat(error.path("field").asText()).isEqualTo("billed[0].diagnosisPointers[1]");
    assertThat(error.path("message").asText()).contains("3 points outside the diagnoses");
  }
}
