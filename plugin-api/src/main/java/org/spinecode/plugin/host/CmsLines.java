package org.spinecode.plugin.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.spinecode.plugin.data.DataLoadException;

/**
 * What the readers of CMS's published files share: Latin-1 lines, the shape of a HCPCS/CPT code,
 * CMS's {@code YYYYMMDD} dates ({@code *} or {@code 99991231} for none), and errors that name the
 * file and line in plain words.
 */
final class CmsLines {
  static final Pattern CODE = Pattern.compile("[0-9A-Z]\\d{3}[0-9A-Z]");
  private static final Pattern YYYYMMDD = Pattern.compile("\\d{8}");

  interface LineReader {
    void line(int number, String text);
  }

  private CmsLines() {}

  static void forEach(Path file, LineReader reader) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          reader.line(number, line);
        }
      }
    } catch (IOException e) {
      throw new DataLoadException(name(file), 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  static String name(Path file) {
    return file.getFileName().toString();
  }

  static boolean isCode(String field) {
    return CODE.matcher(field.trim()).matches();
  }

  /** A CMS date, {@code YYYYMMDD}; {@code *}, {@code 99991231} or blank for none; anything else an error. */
  static Optional<LocalDate> date(String text, String what, Path file, int line) {
    String value = text.trim();
    if (value.isEmpty() || value.equals("*") || value.equals("99991231")) {
      return Optional.empty();
    }
    if (!YYYYMMDD.matcher(value).matches()) {
      throw new DataLoadException(name(file), line, "the " + what + " '" + value + "' is not a CMS date (YYYYMMDD)");
    }
    try {
      return Optional.of(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException e) {
      throw new DataLoadException(name(file), line, "the " + what + " '" + value + "' is not a calendar date");
    }
  }

  /** A whole number from {@code min} to {@code max}; an error naming {@code what} otherwise. */
  static int number(String text, String what, int min, int max, Path file, int line) {
    String value = text.trim();
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DataLoadException(name(file), line, "the " + what + " must be a whole number from " + min + " to " + max
        + ", not '" + value + "'");
  }
}
