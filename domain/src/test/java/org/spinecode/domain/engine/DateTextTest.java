package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates in findings read exactly as {@link LocalDate#toString()} writes them, whatever the year. */
class DateTextTest {

  @Test
  void every_day_of_four_digit_years_reads_as_iso() {
    for (LocalDate day = LocalDate.of(1999, 12, 1); day.isBefore(LocalDate.of(2002, 1, 1)); day = day.plusDays(1)) {
      assertThat(DateText.iso(day)).isEqualTo(day.toString());
    }
    assertThat(DateText.iso(LocalDate.of(1000, 1, 1))).isEqualTo("1000-01-01");
    assertThat(DateText.iso(LocalDate.of(9999, 12, 31))).isEqualTo("9999-12-31");
  }

  @Test
  void years_of_other_widths_read_as_the_jdk_writes_them() {
    for (int year : new int[] {-1, 0, 7, 999, 10000, 123456}) {
      LocalDate day = LocalDate.of(year, 3, 4);
      assertThat(DateText.iso(day)).isEqualTo(day.toString());
    }
    assertThat(DateText.iso(LocalDate.of(10000, 3, 4))).isEqualTo("+10000-03-04");
  }
}
