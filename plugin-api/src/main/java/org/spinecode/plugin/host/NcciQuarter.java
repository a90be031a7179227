package org.spinecode.plugin.host;

import java.time.LocalDate;
import org.spinecode.domain.policy.DateRange;

/** An NCCI quarter, such as {@code 2024Q3} for 2024-07-01 to 2024-09-30. */
record NcciQuarter(String name, DateRange dates) {

  /** The quarter holding {@code day}. */
  static NcciQuarter of(LocalDate day) {
    int q = (day.getMonthValue() - 1) / 3 + 1;
    LocalDate first = LocalDate.of(day.getYear(), (q - 1) * 3 + 1, 1);
    return new NcciQuarter(day.getYear() + "Q" + q, DateRange.of(first, first.plusMonths(3)));
  }
}
