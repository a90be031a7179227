package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

  @Test
  void writesEveryDayOfFourCenturiesAsLocalDateDoes() {
    for (LocalDate date = LocalDate.of(1899, 12, 25); date.getYear() < 2300; date = date.plusDays(1)) {
      assertThat(IsoDates.of(date)).isEqualTo(date.toString());
    }
  }

  @Test
  void leavesYearsOutsideFourDigitsToLocalDate() {
    assertThat(IsoDates.of(LocalDate.of(999, 1, 2))).isEqualTo("0999-01-02");
    assertThat(IsoDates.of(LocalDate.of(10_000, 12, 31))).isEqualTo("+10000-12-31");
    assertThat(IsoDates.of(LocalDate.of(-1, 6, 7))).isEqualTo("-0001-06-07");
    assertThat(IsoDates.of(LocalDate.of(1000, 10, 10))).isEqualTo("1000-10-10");
    assertThat(IsoDates.of(LocalDate.of(9999, 9, 9))).isEqualTo("9999-09-09");
  }
}
