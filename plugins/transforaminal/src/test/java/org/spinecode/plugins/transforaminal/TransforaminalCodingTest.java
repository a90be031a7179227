package org.spinecode.plugins.transforaminal;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.plugin.contract.CodingCase;

/** Transforaminal coding, case by case: foramina per side, add-on units, Medicare limits. */
class TransforaminalCodingTest {
  private static final EncounterCoder ENGINE = Installation.of(PluginRegistry.ofPlugins(List.of(new TransforaminalPlugin()))).directCoder();

  @ParameterizedTest(name = "{0} {1} {2} [{3}] -> {4} {5}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | L4-L5:R                 | 64483-RT x1                                  | -
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | L3-L4:B L4-L5:B L5-S1:B | 64483-50 x1, 64484-50 x1, 64484-50-GZ x1     | LEVEL_LIMIT_EXCEEDED
      COMMERCIAL | FLUOROSCOPY | THERAPEUTIC | L3-L4:B L4-L5:B L5-S1:B | 64483-50 x1, 64484-50 x2                     | -
      COMMERCIAL | CT          | THERAPEUTIC | L5-S1:R S1:R S2:R       | 64483-RT x1, 64484-RT x2                     | -
      MEDICARE   | CT          | DIAGNOSTIC  | C5-C6:L C6-C7:L         | 64479-LT-KX x1, 64480-LT-KX x1               | -
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | T12-L1:R L1-L2:R        | 64479-RT x1, 64483-RT-GZ x1                  | REGION_LIMIT_EXCEEDED
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | L4-L5:R L4-L5:R         | 64483-RT x1                                  | -
      MEDICARE   | NONE        | THERAPEUTIC | L4-L5:R                 | -                                            | IMAGING_GUIDANCE_REQUIRED
      """)
  void codes_foramina_per_side_with_medicare_limits(String payer, String guidance, String purpose, String targets,
      String lines, String rules) {
    CodingResult result = CodingCase.of("TRANSFORAMINAL", guidance).payer(payer).purpose(purpose).targets(targets)
        .codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo(lines == null ? "" : lines);
    assertThat(CodingCase.rules(result)).isEqualTo(rules == null ? "" : rules);
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      OFFICE | PROFESSIONAL | -           | 64483-50 x1, 64484-RT x1
      ASC    | FACILITY     | -           | 64483-LT x1, 64483-RT x1, 64484-RT x1
      ASC    | PROFESSIONAL | -           | 64483-50 x1, 64484-RT x1
      OFFICE | PROFESSIONAL | RT_LT_LINES | 64483-LT x1, 64483-RT x1, 64484-RT x1
      OFFICE | PROFESSIONAL | TWO_UNITS   | 64483 x2, 64484-RT x1
      """)
  void bilateral_work_follows_the_claim_convention_in_force(String setting, String claimType, String style, String lines) {
    CodingCase session = CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
        .setting(setting, claimType).targets("L4-L5:B L5-S1:R");
    if (!style.equals("-")) {
      session.style(style);
    }

    assertThat(CodingCase.lines(session.codeWith(ENGINE))).isEqualTo(lines);
  }

  @Test
  void epidural_sessions_of_both_families_count_together_once_per_date() {
    CodingCase fourDates = CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
        .targets("L4-L5:R")
        .prior("2025-03-02 INTERLAMINAR LUMBAR_SACRAL").prior("2025-06-01 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC")
        .prior("2025-09-01 INTERLAMINAR LUMBAR_SACRAL").prior("2025-12-01 TRANSFORAMINAL LUMBAR_SACRAL DIAGNOSTIC");
    assertThat(CodingCase.rules(fourDates.codeWith(ENGINE))).isEqualTo("FREQUENCY_LIMIT_EXCEEDED");

    CodingCase threeDates = CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
        .targets("L4-L5:R")
        .prior("2025-06-01 INTERLAMINAR LUMBAR_SACRAL").prior("2025-06-01 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC")
        .prior("2025-09-01 INTERLAMINAR LUMBAR_SACRAL").prior("2025-12-01 TRANSFORAMINAL CERVICAL_THORACIC THERAPEUTIC")
        .prior("2025-03-01 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC");
    assertThat(CodingCase.rules(threeDates.codeWith(ENGINE))).isEmpty();
  }

  @Test
  void the_esi_lcd_limits_apply_only_from_its_effective_date() {
    CodingResult before = CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").payer("MEDICARE").purpose("DIAGNOSTIC")
        .targets("L3-L4:R L4-L5:R L5-S1:R").on("2021-12-04").codeWith(ENGINE);

    assertThat(CodingCase.lines(before)).isEqualTo("64483-RT x1, 64484-RT x2");
    assertThat(CodingCase.rules(before)).isEmpty();
  }

  @Test
  void a_family_known_only_from_policy_data_is_history_not_a_procedure() {
    CodingResult withHistory = CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
        .targets("L4-L5:R").prior("2025-06-01 INTERLAMINAR LUMBAR_SACRAL").codeWith(ENGINE);
    assertThat(CodingCase.lines(withHistory)).isEqualTo("64483-RT x1");

    assertThatThrownBy(() -> CodingCase.of("INTERLAMINAR", "FLUOROSCOPY").targets("L4-L5").codeWith(ENGINE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("procedures[0].family: unknown procedure family 'INTERLAMINAR'");
  }

  @Test
  void transformational_is_read_as_transforaminal() {
    CodingResult result = CodingCase.of("transformational", "fluoroscopy").purpose("THERAPEUTIC").targets("L4-L5:L")
        .codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo("64483-LT x1");
  }
}
