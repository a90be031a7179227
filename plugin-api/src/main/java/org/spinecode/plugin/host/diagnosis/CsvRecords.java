package org.spinecode.plugin.host.diagnosis;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spinecode.plugin.data.DataLoadException;

/**
 * Reads a CSV file record by record: a header row, then rows; fields may be quoted with {@code "}
 * (a doubled quote inside) and a quoted field may span lines, as CMS's coverage export writes its
 * HTML paragraphs. Lines starting with {@code #} before the header are kept as comments (SpineCode's
 * own tables carry their provenance there). Each record knows the line it starts on.
 */
final class CsvRecords implements Closeable {
  /** A record longer than this is not a CMS row: stop before memory runs out. */
  private static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;
  private static final String UTF8_MARK_AS_LATIN1 = "\u00EF\u00BB\u00BF";

  private final String file;
  private final BufferedReader in;
  private final List<String> comments = new ArrayList<>();
  private final Map<String, Integer> header = new HashMap<>();
  private int line;
  /** The line the record last read starts on. */
  private int start;

  CsvRecords(String file, Reader reader) {
    this.file = file;
    this.in = new BufferedReader(reader, 1 << 16);
    readHeader();
  }

  /** The {@code #} lines before the header, without the {@code #}, trimmed. */
  List<String> comments() {
    return comments;
  }

  /**
   * Fails naming the file's first line when a column is missing: the file is not in the layout
   * expected.
   */
  void require(String layout, String... columns) {
    for (String column : columns) {
      if (!header.containsKey(column)) {
        throw new DataLoadException(file, 1, "the header is not " + layout + ": no column '" + column + "'");
      }
    }
  }

  /** The next record, or null at the end of the file. */
  CsvRecord next() {
    while (true) {
      List<String> fields = readFields();
      if (fields == null) {
        return null;
      }
      if (fields.size() > 1 || !fields.get(0).isBlank()) {
        return new CsvRecord(file, start, header, fields);
      }
    }
  }

  private void readHeader() {
    while (true) {
      List<String> fields = readFields();
      if (fields == null) {
        throw new DataLoadException(file, line, "the file has no header row");
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (fields.get(0).startsWith("#")) {
        comments.add(String.join(",", fields).substring(1).trim());
        continue;
      }
      for (int i = 0; i < fields.size(); i++) {
        header.putIfAbsent(fields.get(i).trim().toLowerCase(Locale.ROOT), i);
      }
      return;
    }
  }

  /** One record's fields; null at the end of the file. */
  private List<String> readFields() {
    String text = readLine();
    if (text == null) {
      return null;
    }
    start = line;
    if (line == 1) {
      text = text.startsWith("\uFEFF") ? text.substring(1)
          : text.startsWith(UTF8_MARK_AS_LATIN1) ? text.substring(UTF8_MARK_AS_LATIN1.length()) : text;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (quoted) {
        int quote = text.indexOf('"', i);
        if (quote < 0) {
          field.append(text, i, text.length()).append('\n');
          if (field.length() > MAX_RECORD_CHARS) {
            throw new DataLoadException(file, start, "a record longer than " + MAX_RECORD_CHARS + " characters");
          }
          text = readLine();
          if (text == null) {
            throw new DataLoadException(file, start, "a quoted field opened in this record is never closed");
          }
          i = 0;
          continue;
        }
        field.append(text, i, quote);
        if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
          field.append('"');
          i = quote + 2;
        } else {
          quoted = false;
          i = quote + 1;
        }
      } else if (i < text.length() && text.charAt(i) == '"' && field.length() == 0) {
        quoted = true;
        i++;
      } else {
        int comma = text.indexOf(',', i);
        field.append(text, i, comma < 0 ? text.length() : comma);
        fields.add(field.toString());
        if (comma < 0) {
          return fields;
        }
        field.setLength(0);
        i = comma + 1;
      }
    }
  }

  private String readLine() {
    try {
      String text = in.readLine();
      if (text != null) {
        line++;
      }
      return text;
    } catch (IOException e) {
      throw new DataLoadException(file, line, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was written; a failed close of a reader loses nothing
    }
  }
}
