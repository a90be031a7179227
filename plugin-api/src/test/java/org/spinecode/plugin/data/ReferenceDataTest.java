package org.spinecode.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.policy.EditTable;

/** The bundled tables and the official CMS layouts read from a folder. */
class ReferenceDataTest {

  @Test
  void the_bundled_extract_is_2024q3_and_knows_the_contract_s_facts() {
    ReferenceData data = ReferenceData.bundled();
    LocalDate date = LocalDate.of(2026, 3, 2);
    assertThat(data.dataVersion()).contains("ncci 2024Q3").contains("pfs RVU24C");
    assertThat(data.editTables().ptp(EditTable.PRACTITIONER, "62323", "64483", date)).get()
        .satisfies(p -> assertThat(p.modifierIndicator()).isEqualTo(1));
    assertThat(data.editTables().mue(EditTable.PRACTITIONER, "64483", date)).get()
        .satisfies(m -> assertThat(m.units()).isEqualTo(1));
    assertThat(data.editTables().mue(EditTable.PRACTITIONER, "64484", date)).get()
        .satisfies(m -> assertThat(m.units()).isEqualTo(4));
    assertThat(data.editTables().bilateralIndicator("62323")).contains(9);
    assertThat(data.codeDate("0230T")).get().satisfies(c -> assertThat(c.inEffectOn(LocalDate.of(2021, 1, 1))).isFalse());
    assertThat(data.tables()).extracting(t -> t.name()).contains("codes", "ncci-ptp-practitioner",
        "ncci-ptp-outpatient-hospital", "ncci-mue-practitioner", "ncci-mue-outpatient-hospital", "ncci-aoc", "pfs-indicators");
  }

  @Test
  void official_files_replace_their_bundled_tables_and_name_the_quarter(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ccipra-v311r0-f1.txt"), String.join("\n",
        "CPT only copyright 2025 American Medical Association.",
        "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale",
        "\t\tprior to 1996\tDate\tDate\t0=not allowed",
        "62323\t64483\t\t20170101\t*\t0\tStandards of medical/surgical practice",
        "99213\t36415\t\t20000101\t*\t1\tnot ours", ""));
    Files.writeString(dir.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"), String.join("\n",
        "\"licence preamble, with a comma\"",
        "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale",
        "64483,2,2 Date of Service Edit: Policy,CMS Policy", ""));
    ReferenceData data = ReferenceData.load(dir);
    LocalDate date = LocalDate.of(2026, 2, 1);
    assertThat(data.editTables().quarter()).isEqualTo("2026Q1");
    assertThat(data.editTables().ptp(EditTable.PRACTITIONER, "62323", "64483", date)).get()
        .satisfies(p -> assertThat(p.modifierIndicator()).isZero());
    assertThat(data.editTables().ptp(EditTable.PRACTITIONER, "99213", "36415", date)).isEmpty();
    assertThat(data.editTables().mue(EditTable.PRACTITIONER, "64483", date)).get()
        .satisfies(m -> assertThat(m.units()).isEqualTo(2));
    // The outpatient-hospital tables were not in the folder: still the bundled rows.
    assertThat(data.editTables().mue(EditTable.OUTPATIENT_HOSPITAL, "64484", date)).isPresent();
    assertThat(data.tables()).anySatisfy(t -> assertThat(t.source()).contains("ccipra-v311r0-f1.txt"));
  }

  @Test
  void a_row_that_does_not_parse_names_the_file_and_line(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ccipra-v311r0-f1.txt"), String.join("\n",
        "Column 1\tColumn 2",
        "62323\t64483\t\t20170101\t*\tX\tbad indicator", ""));
    assertThatThrownBy(() -> ReferenceData.load(dir)).isInstanceOf(DataLoadException.class)
        .hasMessageStartingWith("ccipra-v311r0-f1.txt:2: ");
  }
}
