package org.spinecode.plugins.interlaminar;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.plugin.contract.CodingCase;

/** Interlaminar and caudal coding, case by case: one unit per region per day, imaging, catheters. */
class InterlaminarCodingTest {
  private static final EncounterCoder ENGINE = Installation.of(PluginRegistry.ofPlugins(List.of(new InterlaminarPlugin()))).directCoder();

  @ParameterizedTest(name = "{0} {1} {2} [{3}] -> {4} {5}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      MEDICARE   | FLUOROSCOPY | single   | L4-L5       | 62323 x1            | -
      MEDICARE   | FLUOROSCOPY | single   | L4-L5:B     | 62323 x1            | -
      COMMERCIAL | CT          | caudal   | -           | 62323 x1            | -
      MEDICARE   | NONE        | caudal   | -           | 62322-GZ x1         | NOT_COVERED_WITHOUT_IMAGING
      MEDICARE   | ULTRASOUND  | single   | C7-T1       | 62320-GZ x1         | NOT_COVERED_WITHOUT_IMAGING
      COMMERCIAL | ULTRASOUND  | single   | C7-T1       | 62320 x1            | -
      COMMERCIAL | NONE        | catheter | T8-T9       | 62324 x1            | -
      MEDICARE   | NONE        | catheter | L3-L4       | 62326 x1            | -
      MEDICARE   | FLUOROSCOPY | catheter | C7-T1       | 62325 x1            | -
      MEDICARE   | FLUOROSCOPY | single   | C6-C7 L4-L5 | 62321 x1, 62323-GZ x1 | REGION_LIMIT_EXCEEDED
      MEDICARE   | FLUOROSCOPY | single   | L3-L4 L4-L5 | 62323 x1            | LEVEL_LIMIT_EXCEEDED
      """)
  void codes_one_unit_per_region_per_day(String payer, String guidance, String kind, String targets,
      String lines, String rules) {
    CodingCase session = CodingCase.of("INTERLAMINAR", guidance).payer(payer).targets(targets);
    if (kind.equals("caudal")) {
      session.caudal();
    } else if (kind.equals("catheter")) {
      session.catheter();
    }
    CodingResult result = session.codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo(lines);
    assertThat(CodingCase.rules(result)).isEqualTo(rules == null ? "" : rules);
  }

  @Test
  void several_levels_in_a_region_are_one_unit_with_advice_saying_so() {
    CodingResult result = CodingCase.of("INTERLAMINAR", "FLUOROSCOPY").targets("L3-L4 L4-L5 L5-S1").codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo("62323 x1");
    assertThat(result.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("LEVELS_IN_ONE_UNIT"));
  }

  @Test
  void unguided_work_is_covered_by_medicare_before_the_esi_lcd() {
    CodingResult result = CodingCase.of("INTERLAMINAR", "NONE").payer("MEDICARE").targets("L4-L5").on("2021-12-04")
        .codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo("62322 x1");
  }

  @Test
  void a_fifth_epidural_session_in_a_year_is_an_expected_denial_and_an_abn_makes_it_ga() {
    CodingResult result = CodingCase.of("INTERLAMINAR", "FLUOROSCOPY").payer("MEDICARE").abn().targets("L4-L5")
        .prior("2025-04-01 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC").prior("2025-06-01 INTERLAMINAR LUMBAR_SACRAL")
        .prior("2025-09-01 INTERLAMINAR LUMBAR_SACRAL").prior("2026-01-05 INTERLAMINAR LUMBAR_SACRAL")
        .codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo("62323-GA x1");
    assertThat(CodingCase.rules(result)).isEqualTo("FREQUENCY_LIMIT_EXCEEDED");
  }
}
