package org.spinecode.plugin.host.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinecode.plugin.data.DataLoadException;

/** One CSV record, read by column name; every refusal names the file and the line it starts on. */
final class CsvRecord {
  /** MM/DD/YYYY (CMS's coverage data) or YYYY-MM-DD, either possibly followed by a time. */
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T].*)?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T].*)?");

  final String file;
  final int line;
  private final Map<String, Integer> header;
  private final List<String> fields;

  CsvRecord(String file, int line, Map<String, Integer> header, List<String> fields) {
    this.file = file;
    this.line = line;
    this.header = header;
    this.fields = fields;
  }

  /** True when the file has the column (columns CMS added or dropped over the years). */
  boolean has(String column) {
    return header.containsKey(column);
  }

  /** The trimmed field; empty when blank or absent from a short row. */
  String text(String column) {
    Integer index = header.get(column);
    if (index == null) {
      throw fail("the file has no column '" + column + "'");
    }
    return index < fields.size() ? fields.get(index).trim() : "";
  }

  String required(String column) {
    String value = text(column);
    if (value.isEmpty()) {
      throw fail("column '" + column + "' is empty");
    }
    return value;
  }

  int number(String column) {
    String value = required(column);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw fail("column '" + column + "' is not a whole number");
    }
  }

  /** MM/DD/YYYY or YYYY-MM-DD (a time after it is ignored); empty when blank. */
  Optional<LocalDate> date(String column) {
    String value = text(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher us = US_DATE.matcher(value);
      if (us.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
            Integer.parseInt(us.group(2))));
      }
      Matcher iso = ISO_DATE.matcher(value);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3))));
      }
    } catch (java.time.DateTimeException e) {
      // a date shape with an impossible day or month: refused below
    }
    throw fail("column '" + column + "' is not a date (MM/DD/YYYY or YYYY-MM-DD)");
  }

  /** As {@link #date}, empty (not refused) when the field is not a date: for columns only shown. */
  Optional<LocalDate> dateIfAny(String column) {
    try {
      return header.containsKey(column) ? date(column) : Optional.empty();
    } catch (DataLoadException e) {
      return Optional.empty();
    }
  }

  /** {@code true}/{@code false} or {@code Y}/{@code N} (either case); empty when blank. */
  Optional<Boolean> flag(String column) {
    String value = text(column).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "" -> Optional.empty();
      case "true", "y", "yes", "t", "1" -> Optional.of(true);
      case "false", "n", "no", "f", "0" -> Optional.of(false);
      default -> throw fail("column '" + column + "' must be true/false or Y/N");
    };
  }

  DataLoadException fail(String problem) {
    return new DataLoadException(file, line, problem);
  }
}
