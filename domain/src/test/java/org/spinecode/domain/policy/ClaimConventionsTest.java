package org.spinecode.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.fixture.Conventions;

/** The first convention row matching a claim, in force on its date, says how the claim is written. */
class ClaimConventionsTest {

  @Test
  void the_most_specific_row_comes_first_and_wins() {
    ClaimConventions conventions = Conventions.medicareLike();

    assertThat(conventions.of(Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY, LocalDate.of(2026, 1, 5)))
        .satisfies(row -> {
          assertThat(row.bilateralStyle()).isEqualTo(BilateralStyle.RT_LT_LINES);
          assertThat(row.alsoAccepted()).containsExactly(BilateralStyle.TWO_UNITS);
        });
    assertThat(conventions.of(Payer.MEDICARE, Setting.ASC, ClaimType.PROFESSIONAL, LocalDate.of(2026, 1, 5))
        .bilateralStyle()).isEqualTo(BilateralStyle.MODIFIER_50);
    assertThat(conventions.of(Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL, LocalDate.of(2026, 1, 5)))
        .satisfies(row -> {
          assertThat(row.abnModifiers()).isFalse();
          assertThat(row.editSeverity()).isEqualTo(Severity.INFO);
          assertThat(row.payerWords()).isEqualTo("The payer");
        });
  }

  @Test
  void a_dated_row_is_an_exception_for_its_window_only() {
    ClaimConventions conventions = ClaimConventions.of(List.of(
        row(BilateralStyle.TWO_UNITS).window(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).build(),
        row(BilateralStyle.MODIFIER_50).build()));

    assertThat(conventions.of(Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL, LocalDate.of(2025, 12, 31))
        .bilateralStyle()).isEqualTo(BilateralStyle.TWO_UNITS);
    assertThat(conventions.of(Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL, LocalDate.of(2026, 1, 1))
        .bilateralStyle()).isEqualTo(BilateralStyle.MODIFIER_50);
  }

  @Test
  void every_payer_setting_and_claim_type_needs_an_undated_row() {
    assertThatThrownBy(() -> ClaimConventions.of(List.of(row(BilateralStyle.MODIFIER_50).payer(Payer.MEDICARE).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no undated convention row covers COMMERCIAL OFFICE PROFESSIONAL");
  }

  private static ClaimConvention.Builder row(BilateralStyle style) {
    return ClaimConvention.builder().bilateralStyle(style).abnModifiers(false).payerWords("The payer")
        .editSeverity(Severity.INFO).authority("test row");
  }
}
