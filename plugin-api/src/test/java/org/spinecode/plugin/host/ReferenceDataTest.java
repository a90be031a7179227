package org.spinecode.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.edit.Edition;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.plugin.data.DataLoadException;

/**
 * The bundled tables and the official CMS layouts read from a folder: each table keeps its own
 * release, and a file that does not read is refused with its name and line, never loaded empty.
 */
class ReferenceDataTest {
  private static final String PTP_HEADER = String.join("\n",
      "CPT only copyright 2025 American Medical Association.",
      "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale",
      "\t\tprior to 1996\tDate\tDate\t0=not allowed", "");
  private static final String MUE_HEADER = String.join("\n",
      "\"licence preamble, with a comma\"",
      "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale", "");

  @TempDir
  Path dir;

  @Test
  void the_bundled_extract_is_2024q3_and_knows_the_contract_s_facts() {
    ReferenceData data = ReferenceData.bundled();
    LocalDate date = LocalDate.of(2026, 3, 2);
    assertThat(data.dataVersion())
        .isEqualTo("codes 2026-12; policies 2026-12; jurisdictions 2026-12; ncci 2024Q3; pfs RVU24C");
    assertThat(data.editTables().ptp(EditTable.PRACTITIONER, "62323", "64483", date)).get()
        .satisfies(p -> assertThat(p.modifierIndicator()).isEqualTo(1));
    assertThat(data.editTables().mue(EditTable.PRACTITIONER, "64483", date)).get()
        .satisfies(m -> assertThat(m.units()).isEqualTo(1));
    assertThat(data.editTables().mue(EditTable.PRACTITIONER, "64484", date)).get()
        .satisfies(m -> assertThat(m.units()).isEqualTo(4));
    assertThat(data.editTables().bilateralIndicator("62323")).contains(9);
    assertThat(data.codeDate("0230T")).get().satisfies(c -> assertThat(c.inEffectOn(LocalDate.of(2021, 1, 1))).isFalse());
    assertThat(data.codeDate("72275")).get().satisfies(c -> assertThat(c.dates().until()).hasValue(LocalDate.of(2022, 1, 1)));
    assertThat(data.tables()).extracting(t -> t.name()).containsExactly("codes", "ncci-ptp-practitioner",
        "ncci-mue-practitioner", "ncci-ptp-outpatient-hospital", "ncci-mue-outpatient-hospital", "ncci-aoc",
        "pfs-indicators", "policies", "conventions", "medicare-jurisdictions");
    assertThat(data.tables()).allSatisfy(t -> assertThat(t.rows()).as(t.name()).isPositive());
  }

  @Test
  void official_files_replace_their_bundled_tables_each_with_its_own_release() throws Exception {
    Files.writeString(dir.resolve("ccipra-v320r0-f1.txt"), PTP_HEADER
        + "62323\t64483\t\t20260101\t*\t0\tStandards of medical/surgical practice\n"
        + "99213\t36415\t\t20000101\t*\t1\tnot ours\n");
    Files.writeString(dir.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"), MUE_HEADER
        + "64483,2,2 Date of Service Edit: Policy,CMS Policy\n");
    ReferenceData data = ReferenceData.load(dir);
    LocalDate date = LocalDate.of(2026, 2, 1);

    assertThat(data.editTables().ptp(EditTable.PRACTITIONER, "62323", "64483", date)).get()
        .satisfies(p -> assertThat(p.modifierIndicator()).isZero());
    assertThat(data.editTables().ptp(EditTable.PRACTITIONER, "99213", "36415", date)).as("not SpineCode's").isEmpty();
    assertThat(data.editTables().mue(EditTable.PRACTITIONER, "64483", date)).get()
        .satisfies(m -> assertThat(m.units()).isEqualTo(2));
    // The outpatient-hospital tables were not in the folder: still the bundled rows, still 2024Q3.
    assertThat(data.editTables().mue(EditTable.OUTPATIENT_HOSPITAL, "64484", date)).isPresent();
    assertThat(data.editTables().editions()).extracting(Edition::table, Edition::version).contains(
        org.assertj.core.groups.Tuple.tuple("ncci-ptp-practitioner", "2026Q1"),
        org.assertj.core.groups.Tuple.tuple("ncci-mue-practitioner", "2026Q1"),
        org.assertj.core.groups.Tuple.tuple("ncci-ptp-outpatient-hospital", "2024Q3"),
        org.assertj.core.groups.Tuple.tuple("ncci-aoc", "2024Q3"));
    assertThat(data.dataVersion()).contains("ncci ptp 2026Q1/2024Q3, mue 2026Q1/2024Q3, aoc 2024Q3");
    assertThat(data.tables()).anySatisfy(t -> assertThat(t.source()).contains("ccipra-v320r0-f1.txt"));
  }

  @Test
  void an_mue_only_folder_keeps_the_other_tables_at_their_own_quarter() throws Exception {
    Files.writeString(dir.resolve("MCR_MUE_PractitionerServices_Eff_10-01-2026.csv"), MUE_HEADER
        + "64483,1,2 Date of Service Edit: Policy,CMS Policy\n");
    ReferenceData data = ReferenceData.load(dir);

    assertThat(data.dataVersion()).contains("ncci ptp 2024Q3, mue 2026Q4/2024Q3, aoc 2024Q3");
    assertThat(data.editTables().notCovering(LocalDate.of(2026, 11, 2))).extracting(Edition::table)
        .contains("ncci-ptp-practitioner", "ncci-aoc").doesNotContain("ncci-mue-practitioner");
  }

  @Test
  void a_ptp_file_that_is_not_tab_delimited_or_has_other_dates_is_refused_not_loaded_empty() throws Exception {
    Path comma = dir.resolve("ccipra-v320r0-f1.txt");
    Files.writeString(comma, "Column 1,Column 2,pre,Effective,Deletion,Modifier\n62323,64483,,20260101,*,0\n");
    assertThatThrownBy(() -> ReferenceData.load(dir)).isInstanceOf(DataLoadException.class)
        .hasMessageStartingWith("ccipra-v320r0-f1.txt: no PTP row was found");

    Files.writeString(comma, PTP_HEADER + "62323\t64483\t\t2026-01-01\t*\t0\tStandards\n");
    assertThatThrownBy(() -> ReferenceData.load(dir))
        .hasMessage("ccipra-v320r0-f1.txt:4: the effective date '2026-01-01' is not a CMS date (YYYYMMDD)");

    Files.writeString(comma, PTP_HEADER + "62323\t64483\t\t01/01/2026\t*\t0\tStandards\n");
    assertThatThrownBy(() -> ReferenceData.load(dir)).hasMessageContaining(":4: the effective date '01/01/2026'");

    Files.writeString(comma, PTP_HEADER + "62323\t64483\t\t20260101\t*\t0\tStandards\n62323\t64484\t\t2026");
    assertThatThrownBy(() -> ReferenceData.load(dir)).as("a file cut in the middle of a row")
        .hasMessageStartingWith("ccipra-v320r0-f1.txt:5: a PTP row needs at least 6 tab-separated fields");
  }

  @Test
  void a_bad_row_names_the_file_and_line_in_plain_words() throws Exception {
    Files.writeString(dir.resolve("ccipra-v311r0-f1.txt"), "Column 1\tColumn 2\n62323\t64483\t\t20170101\t*\tX\tbad\n");
    assertThatThrownBy(() -> ReferenceData.load(dir)).isInstanceOf(DataLoadException.class)
        .hasMessage("ccipra-v311r0-f1.txt:2: the modifier indicator must be a whole number from 0 to 9, not 'X'");
  }

  @Test
  void an_mue_file_named_with_an_impossible_date_is_refused_naming_it() throws Exception {
    Files.writeString(dir.resolve("MCR_MUE_PractitionerServices_Eff_13-45-2026.csv"), MUE_HEADER
        + "64483,1,2 Date of Service Edit: Policy,CMS Policy\n");
    assertThatThrownBy(() -> ReferenceData.load(dir)).isInstanceOf(DataLoadException.class)
        .hasMessage("MCR_MUE_PractitionerServices_Eff_13-45-2026.csv: the date in the file name (Eff_13-45-2026)"
            + " is not a calendar date (Eff_MM-DD-YYYY)");
  }

  @Test
  void an_add_on_file_is_read_by_its_header_so_reordered_columns_keep_their_meaning() throws Exception {
    Files.writeString(dir.resolve("AOC_V2026Q1-MCR.csv"), "Primary Code,Add-on Code,AOC Edit Type,"
        + "AOC Edit Effective Date,AOC Edit Deletion Date\n64493,64494,1,20100101,*\n");
    ReferenceData data = ReferenceData.load(dir);
    LocalDate date = LocalDate.of(2026, 2, 1);

    assertThat(data.editTables().addOnRules("64494", date)).singleElement()
        .satisfies(rule -> assertThat(rule.primary()).hasValue("64493"));
    assertThat(data.editTables().addOnRules("64493", date)).isEmpty();
    assertThat(data.editTables().editions()).anySatisfy(e -> {
      assertThat(e.table()).isEqualTo("ncci-aoc");
      assertThat(e.version()).isEqualTo("2026Q1");
    });

    Files.writeString(dir.resolve("AOC_V2026Q1-MCR.csv"), "64494,64493,1,20100101,*\n");
    assertThatThrownBy(() -> ReferenceData.load(dir)).isInstanceOf(DataLoadException.class)
        .hasMessageStartingWith("AOC_V2026Q1-MCR.csv:1: a data row before a header naming the Add-on Code");
  }

  @Test
  void a_folder_without_any_table_is_refused() {
    assertThatThrownBy(() -> ReferenceData.load(dir)).isInstanceOf(DataLoadException.class)
        .hasMessageContaining("no official CMS file found");
  }
}
