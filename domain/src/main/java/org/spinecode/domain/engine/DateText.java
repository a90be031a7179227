package org.spinecode.domain.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Dates as findings write them: ISO-8601 text, the same as {@link LocalDate#toString()}. Written
 * digit by digit for four-digit years because a firing limit names two dates and the builder of
 * {@code toString} was a noticeable part of coding such a claim (docs/PERFORMANCE.md).
 */
final class DateText {
  private DateText() {}

  static String iso(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return date.toString();
    }
    byte[] text = new byte[10];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static void digits(byte[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
