package org.spinecode.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/** The claim conventions table: per payer and claim, the bilateral style and the ABN modifiers. */
class ConventionTableTest {
  private static final String HEADER = "# version: c-1\n"
      + "payer,setting,claim_type,bilateral_style,also_accepted,abn_modifiers,effective_from,effective_until,authority,payer_words,edit_severity\n";
  private static final ClaimConventions BUNDLED = ReferenceData.bundled().conventions();

  @TempDir
  Path folder;

  @Test
  void medicare_asc_facility_claims_take_rt_lt_lines_and_accept_two_units() {
    Encounter asc = encounter(Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY).build();

    assertThat(BUNDLED.bilateralStyle(asc)).isEqualTo(BilateralStyle.RT_LT_LINES);
    assertThat(BUNDLED.acceptedStyles(asc)).containsExactlyInAnyOrder(BilateralStyle.RT_LT_LINES, BilateralStyle.TWO_UNITS);
    assertThat(BUNDLED.marksDenials(asc)).isTrue();
    assertThat(BUNDLED.of(asc).authority()).contains("ch. 14 §40.5");
  }

  @Test
  void other_claims_take_modifier_50_and_only_medicare_marks_denials() {
    Encounter physician = encounter(Payer.MEDICARE, Setting.ASC, ClaimType.PROFESSIONAL).build();
    Encounter commercial = encounter(Payer.COMMERCIAL, Setting.ASC, ClaimType.FACILITY).build();

    assertThat(BUNDLED.bilateralStyle(physician)).isEqualTo(BilateralStyle.MODIFIER_50);
    assertThat(BUNDLED.marksDenials(physician)).isTrue();
    assertThat(BUNDLED.bilateralStyle(commercial)).isEqualTo(BilateralStyle.MODIFIER_50);
    assertThat(BUNDLED.acceptedStyles(commercial)).containsExactly(BilateralStyle.MODIFIER_50);
    assertThat(BUNDLED.marksDenials(commercial)).isFalse();
  }

  @Test
  void the_encounters_own_style_wins_and_the_payers_default_stays_accepted() {
    Encounter overridden = encounter(Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY)
        .bilateralStyle(BilateralStyle.MODIFIER_50).build();

    assertThat(BUNDLED.bilateralStyle(overridden)).isEqualTo(BilateralStyle.MODIFIER_50);
    assertThat(BUNDLED.acceptedStyles(overridden)).containsExactlyInAnyOrder(
        BilateralStyle.MODIFIER_50, BilateralStyle.RT_LT_LINES, BilateralStyle.TWO_UNITS);
  }

  @Test
  void a_table_must_cover_every_claim_and_a_bad_row_names_the_file_and_line() {
    assertThatThrownBy(() -> read("MEDICARE,,,MODIFIER_50,,yes,,,cited,The payer,INFO\n"))
        .isInstanceOf(DataLoadException.class)
        .hasMessage("mine.csv: no undated convention row covers COMMERCIAL OFFICE PROFESSIONAL");
    assertThatThrownBy(() -> read(",,,MODIFIER_50,,yes,2020-01-01,,cited,The payer,INFO\n"))
        .hasMessage("mine.csv: no undated convention row covers MEDICARE OFFICE PROFESSIONAL");
    assertThatThrownBy(() -> read(",,,MODIFIER_51,,yes,,,cited,The payer,INFO\n"))
        .isInstanceOf(DataLoadException.class)
        .hasMessage("mine.csv:3: column 'bilateral_style' must be one of MODIFIER_50, RT_LT_LINES, TWO_UNITS");
    assertThatThrownBy(() -> read(",,,MODIFIER_50,,perhaps,,,cited,The payer,INFO\n"))
        .hasMessage("mine.csv:3: column 'abn_modifiers' must be yes or no");
    assertThatThrownBy(() -> read(",,,MODIFIER_50,,yes,2020-13-01,,cited,The payer,INFO\n"))
        .hasMessage("mine.csv:3: column 'effective_from' is not a date (YYYY-MM-DD)");
    assertThat(read(",,,TWO_UNITS,,no,,,cited,The payer,INFO\n").bilateralStyle(encounter(Payer.MEDICARE, Setting.OFFICE,
        ClaimType.PROFESSIONAL).build())).isEqualTo(BilateralStyle.TWO_UNITS);
  }

  @Test
  void a_dated_row_applies_in_its_window_and_the_undated_row_outside_it() {
    ClaimConventions conventions = read("COMMERCIAL,,,RT_LT_LINES,,no,2025-01-01,2026-01-01,plan policy 2025,The payer,INFO\n"
        + ",,,MODIFIER_50,,no,,,cited,The payer,INFO\n");

    assertThat(conventions.bilateralStyle(encounter(Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL,
        LocalDate.of(2025, 12, 31)).build())).isEqualTo(BilateralStyle.RT_LT_LINES);
    assertThat(conventions.bilateralStyle(encounter(Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL,
        LocalDate.of(2026, 1, 1)).build())).isEqualTo(BilateralStyle.MODIFIER_50);
    assertThat(conventions.bilateralStyle(encounter(Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
        LocalDate.of(2025, 6, 1)).build())).isEqualTo(BilateralStyle.MODIFIER_50);
  }

  @Test
  void a_data_folder_may_replace_the_table_and_data_lists_it() throws IOException {
    Files.writeString(folder.resolve("conventions.csv"), HEADER + "COMMERCIAL,,,RT_LT_LINES,,no,,,plan policy,The payer,INFO\n"
        + ",,,MODIFIER_50,,yes,,,cited,The payer,INFO\n");
    ReferenceData data = ReferenceData.load(folder);

    assertThat(data.conventions().bilateralStyle(encounter(Payer.COMMERCIAL, Setting.OFFICE,
        ClaimType.PROFESSIONAL).build())).isEqualTo(BilateralStyle.RT_LT_LINES);
    assertThat(data.tables()).anySatisfy(t -> {
      assertThat(t.name()).isEqualTo("conventions");
      assertThat(t.version()).isEqualTo("c-1");
      assertThat(t.source()).contains("from the data folder");
    });
    assertThat(ReferenceData.bundled().tables()).anySatisfy(t -> assertThat(t.name()).isEqualTo("conventions"));
  }

  private static ClaimConventions read(String rows) {
    return ConventionTable.read(Table.read("mine.csv",
        new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8))));
  }

  private static Encounter.Builder encounter(Payer payer, Setting setting, ClaimType claimType) {
    return encounter(payer, setting, claimType, LocalDate.of(2026, 3, 2));
  }

  private static Encounter.Builder encounter(Payer payer, Setting setting, ClaimType claimType, LocalDate date) {
    return Encounter.builder().dateOfService(date).payer(payer).setting(setting)
        .claimType(claimType).addProcedures(Procedure.builder().family(ProcedureFamily.of("FACET"))
            .guidance(Guidance.FLUOROSCOPY).purpose(Purpose.DIAGNOSTIC)
            .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)).build());
  }
}
