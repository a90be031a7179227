package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * The dates of service a dated value governs, half-open: from {@link #from()} (inclusive; empty
 * since always) until {@link #until()} (the first date it no longer applies; empty while open), in
 * the spirit of threeten-extra's {@code LocalDateRange}. Published files name their end dates
 * their own way (NCCI's deletion date and a code's last day are inclusive); their readers convert
 * at the edge with {@link #through(Optional, Optional)}.
 */
@Value.Immutable
public abstract class DateRange {
  private static final DateRange ALWAYS = ImmutableDateRange.of(Optional.empty(), Optional.empty());

  @Value.Parameter
  public abstract Optional<LocalDate> from();

  @Value.Parameter
  public abstract Optional<LocalDate> until();

  /** Kept as fields, so that the hot {@link #contains(LocalDate)} reads no {@link Optional}. */
  @Value.Derived
  LocalDate start() {
    return from().orElse(LocalDate.MIN);
  }

  @Value.Derived
  LocalDate end() {
    return until().orElse(LocalDate.MAX);
  }

  public static DateRange always() {
    return ALWAYS;
  }

  public static DateRange between(Optional<LocalDate> from, Optional<LocalDate> until) {
    return ImmutableDateRange.of(from, until);
  }

  /** From a date on, open-ended. */
  public static DateRange startingOn(LocalDate from) {
    return between(Optional.of(from), Optional.empty());
  }

  /** From {@code from} until the first date it no longer applies. */
  public static DateRange of(LocalDate from, LocalDate until) {
    return between(Optional.of(from), Optional.of(until));
  }

  /** From a published inclusive last day, such as an NCCI deletion date or a code's last date in effect. */
  public static DateRange through(Optional<LocalDate> from, Optional<LocalDate> lastDay) {
    return between(from, lastDay.map(day -> day.plusDays(1)));
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && date.isBefore(end());
  }

  /** The last date it applies, when it ends. */
  public Optional<LocalDate> lastDay() {
    return until().map(day -> day.minusDays(1));
  }

  /** True when it applies on every date. */
  public boolean isAlways() {
    return from().isEmpty() && until().isEmpty();
  }

  /** True when it begins after {@code date}. */
  public boolean startsAfter(LocalDate date) {
    return date.isBefore(start());
  }

  /** True when it ended on or before {@code date}. */
  public boolean endedBy(LocalDate date) {
    return !date.isBefore(end());
  }

  @Value.Check
  protected void check() {
    if (from().isPresent() && until().isPresent() && !until().get().isAfter(from().get())) {
      throw new InvalidInputException("effectiveUntil", "a date range must end after it starts (from "
          + from().get() + ", until " + until().get() + ")");
    }
  }

  /** Such as {@code from 2021-04-25}, {@code from 2023-07-01 until 2024-08-05} or {@code always}. */
  @Override
  public String toString() {
    if (isAlways()) {
      return "always";
    }
    return (from().map(day -> "from " + day).orElse("") + " " + until().map(day -> "until " + day).orElse("")).trim();
  }
}
