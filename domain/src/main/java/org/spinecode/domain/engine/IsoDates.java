package org.spinecode.domain.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A date as {@link LocalDate#toString} writes it (2026-03-02), for the findings that name dates on
 * every claim they fire for: ten bytes written straight, without the StringBuilder it grows. Years
 * outside 1000-9999 are left to {@code toString}.
 */
final class IsoDates {
  private IsoDates() {}

  static String of(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return date.toString();
    }
    byte[] text = new byte[10];
    digits(text, 0, year / 100);
    digits(text, 2, year % 100);
    text[4] = '-';
    digits(text, 5, date.getMonthValue());
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth());
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static void digits(byte[] text, int at, int twoDigits) {
    text[at] = (byte) ('0' + twoDigits / 10);
    text[at + 1] = (byte) ('0' + twoDigits % 10);
  }
}
