package org.spinecode.plugin.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;
import org.spinecode.domain.InvalidInputException;

/**
 * A CSV table in SpineCode's own format: {@code #} comment lines (provenance; a
 * {@code # version: X} line names the table's version), one header row, then rows. Fields may be
 * quoted with {@code "}, doubling a quote inside. Every error names the file and line and says what
 * is wrong in plain words, never in Java's.
 */
public final class Table {
  private final String name;
  private String version = "";
  private final List<Row> rows = new ArrayList<>();

  private Table(String name) {
    this.name = name;
  }

  /** The file or resource it was read from, as errors name it. */
  public String name() {
    return name;
  }

  /** The {@code # version:} line, or empty. */
  public String version() {
    return version;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Reads a table resource next to this class's package, such as {@code codes.csv}. */
  public static Table resource(Class<?> owner, String path) {
    InputStream in = owner.getResourceAsStream(path);
    if (in == null) {
      throw new DataLoadException(path, 0, "table resource is missing from " + owner.getName() + "'s jar");
    }
    return read(path, in);
  }

  /** A listing entry for a table a plugin read from its jar, named by its file without {@code .csv}. */
  public static DataTable inPluginJar(String name, String what, String version, int rows) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return DataTable.of(file.replaceFirst("\\.csv$", ""), what + " (" + file + " in the plugin's jar)", version, rows);
  }

  /** Reads a table from a file; errors name the file. */
  public static Table file(java.nio.file.Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new DataLoadException(file.toString(), 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  public static Table read(String name, InputStream in) {
    Table table = new Table(name);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int number = 0;
      Map<String, Integer> header = null;
      while ((text = reader.readLine()) != null) {
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          continue;
        }
        if (text.startsWith("#")) {
          String comment = text.substring(1).trim();
          if (comment.startsWith("version:")) {
            table.version = comment.substring("version:".length()).trim();
          }
          continue;
        }
        List<String> fields = split(text, ',', name, number);
        if (header == null) {
          header = new HashMap<>();
          for (int i = 0; i < fields.size(); i++) {
            header.put(fields.get(i).trim().toLowerCase(Locale.ROOT), i);
          }
          continue;
        }
        table.rows.add(new Row(name, number, header, fields));
      }
      if (header == null) {
        throw new DataLoadException(name, number, "no header row");
      }
    } catch (IOException e) {
      throw new DataLoadException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return table;
  }

  /** Splits one delimited line, honouring double quotes. */
  public static List<String> split(String line, char delimiter, String file, int number) {
    if (line.indexOf('"') < 0) {
      return splitUnquoted(line, delimiter);
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new DataLoadException(file, number, "a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }

  // Most lines: cut at each delimiter with indexOf, which is compiled from the start, instead of
  // copying char by char (for the bundled tables, interpreted and then compiled on the stack at
  // every start).
  private static List<String> splitUnquoted(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int end = line.indexOf(delimiter); end >= 0; end = line.indexOf(delimiter, start)) {
      fields.add(line.substring(start, end));
      start = end + 1;
    }
    fields.add(line.substring(start));
    return fields;
  }

  /** One row, read by column name. */
  public static final class Row {
    private final String file;
    private final int line;
    private final Map<String, Integer> header;
    private final List<String> fields;

    Row(String file, int line, Map<String, Integer> header, List<String> fields) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.fields = fields;
    }

    public String file() {
      return file;
    }

    public int line() {
      return line;
    }

    /** True when the table has the column (optional columns). */
    public boolean has(String column) {
      return header.containsKey(column);
    }

    /** The trimmed field, empty when blank or absent. */
    public String text(String column) {
      Integer index = header.get(column);
      if (index == null) {
        throw fail("the table has no column '" + column + "'");
      }
      return index < fields.size() ? fields.get(index).trim() : "";
    }

    public String required(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        throw fail("column '" + column + "' is empty");
      }
      return value;
    }

    public Optional<String> optional(String column) {
      String value = text(column);
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A whole number of at least {@code min}. */
    public int number(String column, int min) {
      String value = required(column);
      int number;
      try {
        number = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw fail("column '" + column + "' is not a whole number");
      }
      if (number < min) {
        throw fail("column '" + column + "' must be at least " + min + ", not " + number);
      }
      return number;
    }

    public boolean yesNo(String column) {
      return switch (required(column).toLowerCase(Locale.ROOT)) {
        case "yes", "true" -> true;
        case "no", "false" -> false;
        default -> throw fail("column '" + column + "' must be yes or no");
      };
    }

    /** One of an enum's names, upper-cased; an error listing the names otherwise. */
    public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
      return name(required(column), column, type);
    }

    /** As {@link #oneOf}, or empty when blank. */
    public <E extends Enum<E>> Optional<E> optionalOneOf(String column, Class<E> type) {
      return optional(column).map(value -> name(value, column, type));
    }

    private <E extends Enum<E>> E name(String value, String column, Class<E> type) {
      return enumNamed(value, column, type, this);
    }

    /** An ISO date, or {@code 9999-12-31} / blank for none. */
    public Optional<LocalDate> date(String column) {
      String value = text(column);
      if (value.isEmpty() || value.equals("9999-12-31") || value.equals("*")) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        throw fail("column '" + column + "' is not a date (YYYY-MM-DD)");
      }
    }

    public DataLoadException fail(String problem) {
      return new DataLoadException(file, line, problem);
    }

    /**
     * Runs {@code reader}, turning a domain value's refusal into an error naming this row. Only the
     * product's own refusals ({@code InvalidInputException}) carry words worth showing; anything
     * else is reported by kind, so no Java text reaches the user.
     */
    public void convert(Consumer<Row> reader) {
      try {
        reader.accept(this);
      } catch (DataLoadException e) {
        throw e;
      } catch (InvalidInputException e) {
        throw fail(e.reason());
      } catch (RuntimeException e) {
        throw fail("the row cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /** The constant of {@code type} named {@code value} (any case); an error on {@code row} listing the names otherwise. */
  public static <E extends Enum<E>> E enumNamed(String value, String column, Class<E> type, Row row) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(upper)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    throw row.fail("column '" + column + "' must be one of " + String.join(", ", names));
  }
}
