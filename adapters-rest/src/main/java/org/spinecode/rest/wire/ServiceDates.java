package org.spinecode.rest.wire;

import java.time.Clock;
import java.time.LocalDate;
import org.spinecode.domain.InvalidInputException;

/**
 * Dates of service against today: a session is coded on or after the day it took place, so a date
 * far ahead is a typing error (2062 for 2026, 9999-12-31 as "no date") and is refused here; a date
 * a little ahead is usually a session booked in advance, and the engine notes it.
 */
public final class ServiceDates {
  private final Clock clock;

  public ServiceDates(Clock clock) {
    this.clock = clock;
  }

  public static ServiceDates systemClock() {
    return new ServiceDates(Clock.systemDefaultZone());
  }

  /** The date, unless it is more than a year after today. */
  LocalDate check(LocalDate date, String field) {
    LocalDate latest = LocalDate.now(clock).plusYears(1);
    if (date.isAfter(latest)) {
      throw new InvalidInputException(field, date + " is more than a year after today; give the day the session"
          + " took place (at the latest " + latest + ")");
    }
    return date;
  }
}
