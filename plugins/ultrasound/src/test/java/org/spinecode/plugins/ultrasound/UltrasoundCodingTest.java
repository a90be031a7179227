package org.spinecode.plugins.ultrasound;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.plugin.contract.CodingCase;

/** Ultrasound-guided coding, case by case: Category III codes, counted like their families, never covered. */
class UltrasoundCodingTest {
  private static final EncounterCoder ENGINE = Installation.of(PluginRegistry.ofPlugins(List.of(new UltrasoundPlugin()))).directCoder();

  @ParameterizedTest(name = "{0} {1} {2} {3} [{4}] -> {5} {6}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2026-03-02 | COMMERCIAL | FACET          | THERAPEUTIC | L4-L5:R                 | 0216T-RT x1                                | ULTRASOUND_GUIDANCE_UNPROVEN
      2026-03-02 | MEDICARE   | FACET          | DIAGNOSTIC  | L4-L5:B L5-S1:B         | 0216T-50-GZ x1, 0217T-50-GZ x1             | ULTRASOUND_GUIDANCE_UNPROVEN
      2026-03-02 | COMMERCIAL | FACET          | THERAPEUTIC | C2-C3:R C3-C4:R C4-C5:R C5-C6:R | 0213T-RT x1, 0214T-RT x1, 0215T-RT x1 | ULTRASOUND_GUIDANCE_UNPROVEN
      2020-06-01 | COMMERCIAL | TRANSFORAMINAL | THERAPEUTIC | S1:L L5-S1:L            | 0230T-LT x1, 0231T-LT x1                   | ULTRASOUND_GUIDANCE_UNPROVEN
      2020-12-31 | COMMERCIAL | TRANSFORAMINAL | THERAPEUTIC | L3-L4:R L4-L5:R L5-S1:R | 0230T-RT x1, 0231T-RT x2                   | ULTRASOUND_GUIDANCE_UNPROVEN
      2021-01-01 | COMMERCIAL | TRANSFORAMINAL | THERAPEUTIC | L4-L5:R                 | -                                          | CODE_NOT_IN_EFFECT
      2026-03-02 | MEDICARE   | TRANSFORAMINAL | THERAPEUTIC | L3-L4:R L4-L5:R L5-S1:R | -                                          | CODE_NOT_IN_EFFECT
      2026-03-02 | MEDICARE   | FACET          | THERAPEUTIC | T12-L1:R L1-L2:R        | 0213T-RT-GZ x1, 0216T-RT-GZ x1             | ULTRASOUND_GUIDANCE_UNPROVEN
      """)
  void codes_category_three_work_like_its_family(String date, String payer, String family, String purpose,
      String targets, String lines, String rules) {
    CodingResult result = CodingCase.of(family, "ULTRASOUND").on(date).payer(payer).purpose(purpose)
        .targets(targets).codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo(lines == null ? "" : lines);
    assertThat(CodingCase.rules(result)).isEqualTo(rules);
  }
}
