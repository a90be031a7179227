package org.spinecode.plugins.facet;

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

/** Facet coding, case by case: joints not nerves, counted once across both sides, ladders, Medicare limits and KX. */
class FacetCodingTest {
  private static final EncounterCoder ENGINE = Installation.of(PluginRegistry.ofPlugins(List.of(new FacetPlugin()))).directCoder();

  @ParameterizedTest(name = "{0} {1} {2} [{3}] -> {4} {5}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      COMMERCIAL | FLUOROSCOPY | THERAPEUTIC | L4-L5:R                              | 64493-RT x1                                     | -
      COMMERCIAL | FLUOROSCOPY | DIAGNOSTIC  | L3+L4:B                              | 64493-50 x1                                     | -
      MEDICARE   | FLUOROSCOPY | DIAGNOSTIC  | L3+L4+L5:L                           | 64493-LT-KX x1, 64494-LT-KX x1                  | -
      MEDICARE   | CT          | DIAGNOSTIC  | L4+L5+S1:R                           | 64493-RT-KX x1                                  | -
      COMMERCIAL | CT          | THERAPEUTIC | C3-C4:R C4-C5:R C5-C6:R C6-C7:R C7-T1:R | 64490-RT x1, 64491-RT x1, 64492-RT x1        | -
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | C4-C5:B C5-C6:B C6-C7:B              | 64490-50 x1, 64491-50 x1, 64492-50-GZ x1        | LEVEL_LIMIT_EXCEEDED
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | L3-L4:R L4-L5:R L5-S1:L              | 64493-RT x1, 64494-RT x1, 64495-LT-GZ x1        | LEVEL_LIMIT_EXCEEDED
      COMMERCIAL | FLUOROSCOPY | THERAPEUTIC | T12-L1:B L1-L2:B                     | 64490-50 x1, 64493-50 x1                        | -
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | T12-L1:B L1-L2:B L2-L3:B             | 64490-50 x1, 64494-50 x1, 64495-50-GZ x1        | LEVEL_LIMIT_EXCEEDED
      MEDICARE   | FLUOROSCOPY | THERAPEUTIC | T12-L1:L L1-L2:R                     | 64490-LT x1, 64494-RT x1                        | -
      MEDICARE   | NONE        | THERAPEUTIC | L4-L5:R                              | -                                               | IMAGING_GUIDANCE_REQUIRED
      MEDICARE   | FLUOROSCOPY | DIAGNOSTIC  | C2-C3:R TON+C3:R                     | 64490-RT-KX x1                                  | -
      """)
  void codes_joints_per_side_with_medicare_limits(String payer, String guidance, String purpose, String targets,
      String lines, String rules) {
    CodingResult result = CodingCase.of("FACET", guidance).payer(payer).purpose(purpose).targets(targets).codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo(lines == null ? "" : lines);
    assertThat(CodingCase.rules(result)).isEqualTo(rules == null ? "" : rules);
  }

  @Test
  void guidance_no_installed_family_codes_is_an_error_finding_and_no_line() {
    CodingResult result = CodingCase.of("FACET", "ULTRASOUND").payer("MEDICARE").purpose("THERAPEUTIC")
        .targets("L4-L5:R").codeWith(ENGINE);

    assertThat(result.lines()).isEmpty();
    assertThat(CodingCase.rules(result)).isEqualTo("NO_CODE_FOR_GUIDANCE");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void a_bilateral_level_is_two_units_on_one_line_when_the_payer_wants_two_units() {
    CodingResult result = CodingCase.of("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").style("TWO_UNITS")
        .targets("L4-L5:B L5-S1:R").codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo("64493 x2, 64494-RT x1");
  }

  @Test
  void hospital_outpatient_prior_authorization_follows_the_dated_list() {
    CodingCase threeLevels = CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
        .setting("HOSPITAL_OUTPATIENT", "FACILITY").targets("L3-L4:R L4-L5:R L5-S1:R");

    CodingResult afterRemoval = threeLevels.on("2024-09-01").codeWith(ENGINE);
    assertThat(CodingCase.rules(afterRemoval)).isEqualTo("LEVEL_LIMIT_EXCEEDED, PRIOR_AUTHORIZATION_REQUIRED");
    assertThat(afterRemoval.findings()).filteredOn(f -> f.rule().equals("PRIOR_AUTHORIZATION_REQUIRED"))
        .singleElement().satisfies(f -> assertThat(f.codes()).containsExactly("64493", "64494"));

    CodingResult before = CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
        .setting("HOSPITAL_OUTPATIENT", "FACILITY").targets("L3-L4:R L4-L5:R L5-S1:R").on("2024-01-15").codeWith(ENGINE);
    assertThat(before.findings()).filteredOn(f -> f.rule().equals("PRIOR_AUTHORIZATION_REQUIRED"))
        .singleElement().satisfies(f -> assertThat(f.codes()).containsExactly("64493", "64494", "64495"));

    CodingResult beforeProgram = CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
        .setting("HOSPITAL_OUTPATIENT", "FACILITY").targets("L4-L5:R").on("2023-06-30").codeWith(ENGINE);
    assertThat(CodingCase.rules(beforeProgram)).isEmpty();
  }

  @Test
  void medicare_rules_apply_only_from_the_facet_lcd_effective_date() {
    CodingResult before = CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("DIAGNOSTIC")
        .targets("L3-L4:R L4-L5:R L5-S1:R").on("2021-04-24").codeWith(ENGINE);

    assertThat(CodingCase.lines(before)).isEqualTo("64493-RT x1, 64494-RT x1, 64495-RT x1");
    assertThat(CodingCase.rules(before)).isEmpty();
  }

  @Test
  void diagnostic_and_therapeutic_sessions_are_counted_apart_for_frequency() {
    CodingCase diagnostic = CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("DIAGNOSTIC")
        .targets("L4-L5:R")
        .prior("2025-04-10 FACET LUMBAR_SACRAL DIAGNOSTIC").prior("2025-06-10 FACET LUMBAR_SACRAL DIAGNOSTIC")
        .prior("2025-09-10 FACET LUMBAR_SACRAL DIAGNOSTIC").prior("2025-12-10 FACET LUMBAR_SACRAL DIAGNOSTIC");
    CodingResult fifthDiagnostic = diagnostic.codeWith(ENGINE);
    assertThat(CodingCase.lines(fifthDiagnostic)).isEqualTo("64493-RT-GZ x1");
    assertThat(CodingCase.rules(fifthDiagnostic)).isEqualTo("FREQUENCY_LIMIT_EXCEEDED");

    CodingResult therapeuticAfterFourDiagnostic = CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE")
        .purpose("THERAPEUTIC").targets("L4-L5:R")
        .prior("2025-04-10 FACET LUMBAR_SACRAL DIAGNOSTIC").prior("2025-06-10 FACET LUMBAR_SACRAL DIAGNOSTIC")
        .prior("2025-09-10 FACET LUMBAR_SACRAL DIAGNOSTIC").prior("2025-12-10 FACET LUMBAR_SACRAL DIAGNOSTIC")
        .codeWith(ENGINE);
    assertThat(CodingCase.lines(therapeuticAfterFourDiagnostic)).isEqualTo("64493-RT x1");
  }

  @Test
  void a_signed_abn_turns_the_expected_denial_into_ga() {
    CodingResult result = CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("DIAGNOSTIC").abn()
        .targets("L3-L4:B L4-L5:B L5-S1:B").codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).isEqualTo("64493-50-KX x1, 64494-50-KX x1, 64495-50-GA x1");
  }

  @Test
  void a_nerve_that_completes_no_joint_is_refused_by_its_position() {
    assertThatThrownBy(() -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("DIAGNOSTIC").targets("L2+L3+L5:R"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("nerves[2]"));
  }

  @Test
  void facet_work_needs_a_side_a_purpose_and_a_facet_joint() {
    assertThatThrownBy(() -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("DIAGNOSTIC").targets("L4-L5").codeWith(ENGINE))
        .hasMessageStartingWith("procedures[0].targets[0].side");
    assertThatThrownBy(() -> CodingCase.of("FACET", "FLUOROSCOPY").targets("L4-L5:R").codeWith(ENGINE))
        .hasMessageStartingWith("procedures[0].purpose");
    assertThatThrownBy(() -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("DIAGNOSTIC").targets("S1:R").codeWith(ENGINE))
        .hasMessageStartingWith("procedures[0].targets[0].level");
  }
}
