package org.spinecode.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecode.domain.fixture.Encounters.block;
import static org.spinecode.domain.fixture.Encounters.medicare;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.engine.CodingEngine;
import org.spinecode.domain.fixture.Catalogue;
import org.spinecode.domain.fixture.Conventions;

/** Check mode over the synthetic catalogue: the claim's lines against SpineCode's, in any allowed style. */
class ClaimCheckerTest {
  private static final CodingEngine ENGINE = Catalogue.engine();
  private static final ClaimChecker CHECKER = new ClaimChecker(ENGINE, ENGINE.catalogue(), ClaimEdits.none(),
      Conventions.medicareLike());
  private static final Encounter BILATERAL_TWO_LEVELS = medicare()
      .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:B", "L5-S1:B")).build();

  @Test
  void the_engine_s_own_lines_match() {
    Check check = CHECKER.check(BILATERAL_TWO_LEVELS, billed(ENGINE.code(BILATERAL_TWO_LEVELS).lines())).check();

    assertThat(check.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(check.differences()).isEmpty();
  }

  @Test
  void a_level_billed_per_nerve_is_an_unexpected_line_and_a_missing_add_on_is_missing() {
    Check extra = CHECKER.check(BILATERAL_TWO_LEVELS, List.of(line("T0101", 1, "50"), line("T0102", 1, "50"),
        line("T0103", 1, "50"))).check();
    Check short_ = CHECKER.check(BILATERAL_TWO_LEVELS, List.of(line("T0101", 1, "50"))).check();

    assertThat(extra.verdict()).isEqualTo(Verdict.DIFFERS);
    assertThat(extra.differences()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DifferenceKind.UNEXPECTED);
      assertThat(d.code()).isEqualTo("T0103");
    });
    assertThat(short_.differences()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DifferenceKind.MISSING);
      assertThat(d.code()).isEqualTo("T0102");
    });
  }

  @Test
  void the_units_and_modifiers_of_a_paired_line_are_told_apart() {
    Check units = CHECKER.check(BILATERAL_TWO_LEVELS, List.of(line("T0101", 1, "50"), line("T0102", 2, "50"))).check();
    Check sides = CHECKER.check(BILATERAL_TWO_LEVELS, List.of(line("T0101", 1, "50"), line("T0102", 1, "RT"))).check();

    assertThat(units.differences()).extracting(Difference::kind).containsExactly(DifferenceKind.UNITS);
    assertThat(sides.differences()).extracting(Difference::kind).containsExactly(DifferenceKind.MODIFIERS);
  }

  @Test
  void an_asc_facility_claim_in_another_allowed_style_matches() {
    Encounter asc = medicare().setting(Setting.ASC).claimType(ClaimType.FACILITY)
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:B")).build();

    assertThat(CHECKER.check(asc, List.of(line("T0101", 1, "RT"), line("T0101", 1, "LT"))).check().verdict())
        .isEqualTo(Verdict.MATCH);
    assertThat(CHECKER.check(asc, List.of(line("T0101", 2))).check().verdict()).as("two units, also accepted")
        .isEqualTo(Verdict.MATCH);
    assertThat(CHECKER.check(asc, List.of(line("T0101", 1, "50"))).check().verdict()).as("modifier 50 is not")
        .isEqualTo(Verdict.DIFFERS);
  }

  private static List<BilledLine> billed(List<ClaimLine> lines) {
    List<BilledLine> billed = new ArrayList<>();
    for (ClaimLine line : lines) {
      billed.add(BilledLine.of(line.code(), line.modifiers().stream().map(m -> m.code()).toList(), line.units()));
    }
    return billed;
  }

  private static BilledLine line(String code, int units, String... modifiers) {
    return BilledLine.of(code, List.of(modifiers), units);
  }
}
