package org.spinecode.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.policy.ContractorDocuments;
import org.spinecode.domain.policy.ContractorDocuments.Confidence;
import org.spinecode.domain.policy.MedicareContractors;
import org.spinecode.plugin.data.DataLoadException;

/** The Medicare jurisdiction table: states to contractors, each contractor's documents with their dates. */
class JurisdictionTableTest {
  private static final MedicareContractors BUNDLED = ReferenceData.bundled().contractors();

  @TempDir
  Path folder;

  @Test
  void every_state_maps_to_its_contractor_and_each_contractor_s_lcd_starts_on_its_own_date() {
    assertThat(BUNDLED.jurisdictionOf(UsState.OH)).contains(MedicareJurisdiction.J15);
    assertThat(BUNDLED.jurisdictionOf(UsState.FL)).contains(MedicareJurisdiction.JN);
    assertThat(BUNDLED.jurisdictionOf(UsState.VA)).as("Northern Virginia is JL: give medicareJurisdiction")
        .contains(MedicareJurisdiction.JM);
    for (UsState state : UsState.values()) {
      assertThat(BUNDLED.jurisdictionOf(state)).as(state.name()).isPresent();
    }
    assertThat(BUNDLED.inForce(MedicareJurisdiction.J15, "FACET", LocalDate.of(2021, 5, 1))).as("CGS from 2021-05-02")
        .isEmpty();
    assertThat(BUNDLED.inForce(MedicareJurisdiction.J15, "FACET", LocalDate.of(2021, 5, 2))).get()
        .satisfies(d -> assertThat(d.citation()).startsWith("CGS Administrators (J15) LCD L38773, billing article A58364"));
    assertThat(BUNDLED.inForce(MedicareJurisdiction.JE, "EPIDURAL", LocalDate.of(2022, 6, 18))).isEmpty();
    assertThat(BUNDLED.inForce(MedicareJurisdiction.JN, "EPIDURAL", LocalDate.of(2021, 12, 12))).isPresent();
    assertThat(BUNDLED.inForce(MedicareJurisdiction.JH, "EPIDURAL", LocalDate.of(2021, 12, 11))).isEmpty();
  }

  @Test
  void inferred_and_unverified_facts_stay_marked_and_a_replaced_document_keeps_its_dates() {
    ContractorDocuments noridian = BUNDLED.inForce(MedicareJurisdiction.JE, "EPIDURAL", LocalDate.of(2026, 3, 2))
        .orElseThrow();
    assertThat(noridian.confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(noridian.citation()).contains("[inferred: ");
    assertThat(BUNDLED.inForce(MedicareJurisdiction.JF, "FACET", LocalDate.of(2026, 4, 15))).get()
        .satisfies(d -> assertThat(d.lcd()).isEqualTo("L38803"));
    assertThat(BUNDLED.inForce(MedicareJurisdiction.JF, "FACET", LocalDate.of(2026, 4, 16))).get().satisfies(d -> {
      assertThat(d.lcd()).isEqualTo("L38801");
      assertThat(d.confidence()).isEqualTo(Confidence.UNVERIFIED);
    });
  }

  @Test
  void a_data_folder_copy_with_one_contractor_s_date_changed_moves_that_contractor_only() throws IOException {
    String table = bundledTable().replace("OH,J15,CGS Administrators,FACET,L38773,A58364,2021-05-02",
        "OH,J15,CGS Administrators,FACET,L38773,A58364,2021-06-01")
        .replace("KY,J15,CGS Administrators,FACET,L38773,A58364,2021-05-02",
            "KY,J15,CGS Administrators,FACET,L38773,A58364,2021-06-01")
        .replace("# version: 2026-12", "# version: test-2");
    Files.writeString(folder.resolve("medicare-jurisdictions.csv"), table);
    ReferenceData data = ReferenceData.load(folder);

    assertThat(data.contractors().inForce(MedicareJurisdiction.J15, "FACET", LocalDate.of(2021, 5, 15))).isEmpty();
    assertThat(data.contractors().inForce(MedicareJurisdiction.J15, "FACET", LocalDate.of(2021, 6, 1))).isPresent();
    assertThat(data.contractors().inForce(MedicareJurisdiction.JN, "FACET", LocalDate.of(2021, 5, 15))).isPresent();
    assertThat(data.dataVersion()).contains("jurisdictions test-2");
  }

  @Test
  void a_table_whose_states_disagree_on_a_contractor_s_documents_is_refused_with_the_line() throws IOException {
    Files.writeString(folder.resolve("medicare-jurisdictions.csv"), String.join("\n",
        "state,jurisdiction,contractor,family,lcd,article,lcd_effective,note",
        "OH,J15,CGS Administrators,FACET,L38773,A58364,2021-05-02,ok",
        "KY,J15,CGS Administrators,FACET,L99999,A58364,2021-05-02,a typo", ""));
    assertThatThrownBy(() -> ReferenceData.load(folder)).isInstanceOf(DataLoadException.class)
        .hasMessageContaining("medicare-jurisdictions.csv:3: J15 FACET is L38773/A58364");

    Files.writeString(folder.resolve("medicare-jurisdictions.csv"), String.join("\n",
        "state,jurisdiction,contractor,family,lcd,article,lcd_effective,note",
        "ZZ,J15,CGS Administrators,FACET,L38773,A58364,2021-05-02,ok", ""));
    assertThatThrownBy(() -> ReferenceData.load(folder)).hasMessageContaining(":2: column 'state' must be one of");
  }

  @Test
  void the_shared_layout_without_spinecode_s_columns_loads_and_reads_confidence_from_the_note() throws IOException {
    Files.writeString(folder.resolve("medicare-jurisdictions.csv"), String.join("\n",
        "state,jurisdiction,contractor,family,lcd,article,lcd_effective,note",
        "GA,JJ,Palmetto GBA,EPIDURAL,L38994,A58695,2021-12-05,RTC posted + 45 days (inferred)",
        "GA,JJ,Palmetto GBA,FACET,L38765,A58350,2021-04-25,ASRA table of March 2021", ""));
    MedicareContractors contractors = ReferenceData.load(folder).contractors();

    assertThat(contractors.inForce(MedicareJurisdiction.JJ, "EPIDURAL", LocalDate.of(2026, 1, 1))).get()
        .satisfies(d -> assertThat(d.confidence()).isEqualTo(Confidence.INFERRED));
    assertThat(contractors.inForce(MedicareJurisdiction.JJ, "FACET", LocalDate.of(2026, 1, 1))).get()
        .satisfies(d -> assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED));
  }

  private static String bundledTable() throws IOException {
    try (InputStream in = JurisdictionTableTest.class.getResourceAsStream("/org/spinecode/data/medicare-jurisdictions.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
