package org.spinecode.rest.wire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.rest.wire.ResultJson.FindingJson;

/**
 * Dates of service against today: a session is coded on or after the day it took place, so a date
 * far ahead is a typing error (2062 for 2026, 9999-12-31 as "no date"), while a date a little
 * ahead is usually a session booked in advance and only worth a word.
 */
public final class ServiceDates {
  /** The rule id of the INFO finding for a date after today. */
  public static final String FUTURE_RULE = "DATE_OF_SERVICE_AFTER_TODAY";

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

  /** An INFO for a date after today, or nothing. */
  List<FindingJson> note(LocalDate date) {
    if (!date.isAfter(LocalDate.now(clock))) {
      return List.of();
    }
    return List.of(new FindingJson(FUTURE_RULE, "INFO", "The date of service " + date
        + " is after today: the claim was coded with the codes and policies in effect on that date;"
        + " code it again if the session moves.", List.of(), "SpineCode input check"));
  }
}
