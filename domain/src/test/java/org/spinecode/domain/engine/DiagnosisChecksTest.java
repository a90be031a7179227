package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spinecode.domain.fixture.Encounters.block;
import static org.spinecode.domain.fixture.Encounters.encounter;
import static org.spinecode.domain.fixture.Encounters.lines;
import static org.spinecode.domain.fixture.Encounters.notes;
import static org.spinecode.domain.fixture.Encounters.warnings;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.DiagnosisCode;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.fixture.Catalogue;
import org.spinecode.domain.fixture.Diagnoses;

/**
 * Diagnoses while coding (CONTRACT.md "Diagnoses"), over the fixture's made-up release and billing
 * article: validity by the release of the date's fiscal year, coverage by the encounter's
 * contractor's article (GZ/GA, no KX, the covering diagnoses as pointers), and the INFO notes where
 * nothing judges.
 */
class DiagnosisChecksTest {
  private static final CodingEngine ENGINE = Catalogue.engine(Diagnoses.judge());
  private static final LocalDate FY2026 = LocalDate.of(2026, 3, 2);

  @Test
  void a_category_is_not_billable_and_leaves_the_lines_unchanged() {
    CodingResult result = ENGINE.code(lumbar(UsState.CA, FY2026, "M54.1", "M54.16"));

    assertThat(warnings(result)).containsExactly(RuleIds.DIAGNOSIS_NOT_BILLABLE);
    assertThat(finding(result, RuleIds.DIAGNOSIS_NOT_BILLABLE).message()).contains("M54.1").contains("FY2026");
    assertThat(lines(result)).isEqualTo("T0101-RT-KX x1");
  }

  @Test
  void a_year_no_release_covers_is_not_validated_rather_than_judged_by_another_year() {
    CodingResult result = ENGINE.code(lumbar(UsState.CA, LocalDate.of(2025, 9, 30), "M54.1"));

    assertThat(warnings(result)).doesNotContain(RuleIds.DIAGNOSIS_NOT_BILLABLE);
    assertThat(finding(result, RuleIds.DIAGNOSES_NOT_VALIDATED).message()).contains("fiscal year 2025");
  }

  @Test
  void a_group_scoped_to_the_lumbar_codes_covers_them_and_its_diagnoses_become_the_pointers() {
    CodingResult result = ENGINE.code(lumbar(UsState.CA, FY2026, "G89.29", "M54.16"));

    assertThat(warnings(result)).isEmpty();
    assertThat(result.lines()).extracting(ClaimLine::diagnosisPointers).containsOnly(List.of(2));
  }

  @Test
  void a_code_outside_the_group_s_scope_is_not_covered_and_the_line_is_an_expected_denial() {
    Encounter cervical = encounter(Payer.MEDICARE, FY2026).state(UsState.CA)
        .addProcedures(block(Purpose.DIAGNOSTIC, "C5-C6:R")).addDiagnoses(DiagnosisCode.parse("M54.16")).build();

    CodingResult result = ENGINE.code(cervical);

    assertThat(warnings(result)).containsExactly(RuleIds.DIAGNOSIS_NOT_COVERED);
    assertThat(finding(result, RuleIds.DIAGNOSIS_NOT_COVERED).message()).contains("A90001").contains("N115");
    assertThat(lines(result)).as("GZ, and KX dropped").isEqualTo("T0201-RT-GZ x1");
    assertThat(result.lines().get(0).diagnosisPointers()).as("none covers: the first four").containsExactly(1);
  }

  @Test
  void a_code_the_article_lists_as_not_covered_never_covers_and_an_abn_makes_it_ga() {
    Encounter withAbn = encounter(Payer.MEDICARE, FY2026).state(UsState.CA).abnOnFile(true)
        .addProcedures(block(Purpose.DIAGNOSTIC, "L4-L5:R")).addDiagnoses(DiagnosisCode.parse("M54.50")).build();

    CodingResult result = ENGINE.code(withAbn);

    assertThat(finding(result, RuleIds.DIAGNOSIS_NOT_COVERED).message()).contains("lists M54.50 as not covered");
    assertThat(lines(result)).isEqualTo("T0101-RT-GA x1");
  }

  @Test
  void a_dual_diagnosis_needs_its_partner() {
    CodingResult alone = ENGINE.code(lumbar(UsState.CA, FY2026, "B02.23"));
    CodingResult paired = ENGINE.code(lumbar(UsState.CA, FY2026, "B02.23", "M54.50", "G89.29"));

    assertThat(warnings(alone)).containsExactly(RuleIds.SECONDARY_DIAGNOSIS_REQUIRED);
    assertThat(lines(alone)).isEqualTo("T0101-RT-GZ x1");
    assertThat(warnings(paired)).isEmpty();
    assertThat(paired.lines().get(0).diagnosisPointers()).containsExactly(1, 3);
  }

  @Test
  void an_article_not_loaded_or_no_contractor_is_an_info_and_never_covered() {
    CodingResult notLoaded = ENGINE.code(lumbar(UsState.OH, FY2026, "M54.50"));
    CodingResult noState = ENGINE.code(lumbar(null, FY2026, "M54.50"));

    assertThat(warnings(notLoaded)).doesNotContain(RuleIds.DIAGNOSIS_NOT_COVERED);
    assertThat(finding(notLoaded, RuleIds.COVERAGE_NOT_CHECKED).message()).contains("A90002 is not loaded");
    assertThat(notes(noState)).contains(RuleIds.COVERAGE_NOT_CHECKED);
    assertThat(lines(notLoaded)).isEqualTo("T0101-RT-KX x1");
  }

  @Test
  void a_commercial_payer_gets_the_validity_check_only() {
    Encounter commercial = encounter(Payer.COMMERCIAL, FY2026).state(UsState.CA)
        .addProcedures(block(Purpose.DIAGNOSTIC, "L4-L5:R")).addDiagnoses(DiagnosisCode.parse("M54.1"),
            DiagnosisCode.parse("M54.50")).build();

    CodingResult result = ENGINE.code(commercial);

    assertThat(result.findings()).extracting(Finding::rule).contains(RuleIds.DIAGNOSIS_NOT_BILLABLE)
        .doesNotContain(RuleIds.DIAGNOSIS_NOT_COVERED, RuleIds.COVERAGE_NOT_CHECKED);
    assertThat(result.lines().get(0).diagnosisPointers()).containsExactly(1, 2);
  }

  @Test
  void coding_needs_a_procedure() {
    Encounter none = encounter(Payer.MEDICARE, FY2026).build();

    assertThatThrownBy(() -> ENGINE.code(none)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("procedures"));
  }

  private static Encounter lumbar(UsState state, LocalDate date, String... diagnoses) {
    Encounter.Builder encounter = encounter(Payer.MEDICARE, date).addProcedures(block(Purpose.DIAGNOSTIC, "L4-L5:R"));
    if (state != null) {
      encounter.state(state);
    }
    for (String diagnosis : diagnoses) {
      encounter.addDiagnoses(DiagnosisCode.parse(diagnosis));
    }
    return encounter.build();
  }

  private static Finding finding(CodingResult result, String rule) {
    return result.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow(
        () -> new AssertionError(rule + " not in " + result.findings()));
  }
}
