package org.spinecode.domain.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;

/**
 * The INFO for a date of service after today: usually a session booked ahead, coded with the codes
 * and policies of that date. Today comes from the host's clock; the day is kept until the clock
 * passes its end, and a date before the day kept needs no clock read at all (most claims).
 */
final class ServiceDateNote {
  static final String RULE = "DATE_OF_SERVICE_AFTER_TODAY";

  private final Clock clock;
  private volatile Today today;

  private record Today(LocalDate date, long endMillis) {}

  ServiceDateNote(Clock clock) {
    this.clock = clock;
  }

  void addTo(LocalDate dateOfService, List<Finding> findings) {
    Today known = today;
    // The clock only moves on, so a date before the day last read is before today: no clock read.
    if (known != null && dateOfService.isBefore(known.date())) {
      return;
    }
    if (dateOfService.isAfter(today())) {
      findings.add(Finding.of(RULE, Severity.INFO, "The date of service " + dateOfService
          + " is after today: the claim was coded with the codes and policies in effect on that date;"
          + " code it again if the session moves.", List.of(), "SpineCode input check"));
    }
  }

  private LocalDate today() {
    Today known = today;
    long now = clock.millis();
    if (known == null || now >= known.endMillis()) {
      LocalDate date = LocalDate.now(clock);
      long end = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
      known = new Today(date, end);
      today = known;
    }
    return known.date();
  }
}
