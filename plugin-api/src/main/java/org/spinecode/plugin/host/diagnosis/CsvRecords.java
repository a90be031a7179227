package org.spinecode.plugin.host.diagnosis;

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

  private final String file;
  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private final List<String> comments = new ArrayList<>();
  private final Map<String, Integer> header = new HashMap<>();
  private final List<String> headerNames = new ArrayList<>();
  private int line = 1;
  private int pending = -2;

  CsvRecords(String file, Reader reader) {
    this.file = file;
    this.in = reader;
    skipByteOrderMark();
    readHeader();
  }

  String file() {
    return file;
  }

  /** The {@code #} lines before the header, without the {@code #}, trimmed. */
  List<String> comments() {
    return comments;
  }

  /** The header's column names, lower case, in order. */
  List<String> columns() {
    return headerNames;
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
      int start = line;
      List<String> fields = readFields();
      if (fields == null) {
        return null;
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      return new CsvRecord(file, start, header, fields);
    }
  }

  private void readHeader() {
    while (true) {
      int start = line;
      List<String> fields = readFields();
      if (fields == null) {
        throw new DataLoadException(file, start, "the file has no header row");
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (fields.get(0).startsWith("#")) {
        comments.add(String.join(",", fields).substring(1).trim());
        continue;
      }
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i).trim().toLowerCase(Locale.ROOT);
        headerNames.add(name);
        header.putIfAbsent(name, i);
      }
      return;
    }
  }

  /** One record's fields; null at the end of the file. */
  private List<String> readFields() {
    try {
      int c = read();
      if (c < 0) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int quoteLine = line;
      int length = 0;
      while (true) {
        if (c < 0) {
          if (quoted) {
            throw new DataLoadException(file, quoteLine, "a quoted field opened on this line is never closed");
          }
          break;
        }
        if (++length > MAX_RECORD_CHARS) {
          throw new DataLoadException(file, quoteLine, "a record longer than " + MAX_RECORD_CHARS + " characters");
        }
        if (quoted) {
          if (c == '"') {
            int next = read();
            if (next == '"') {
              field.append('"');
            } else {
              quoted = false;
              c = next;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
          quoteLine = line;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            int next = read();
            if (next != '\n') {
              pending = next;
            }
          }
          line++;
          break;
        } else {
          field.append((char) c);
        }
        c = read();
      }
      fields.add(field.toString());
      return fields;
    } catch (IOException e) {
      throw new DataLoadException(file, line, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private int read() throws IOException {
    if (pending != -2) {
      int c = pending;
      pending = -2;
      return c;
    }
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }

  /** A byte-order mark, decoded as UTF-16 or (the file read as Latin-1) as the three UTF-8 bytes. */
  private void skipByteOrderMark() {
    try {
      int first = read();
      if (first == '\uFEFF') {
        return;
      }
      if (first == 0xEF && limit - position >= 2 && buffer[position] == 0xBB && buffer[position + 1] == 0xBF) {
        position += 2;
        return;
      }
      pending = first;
    } catch (IOException e) {
      throw new DataLoadException(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
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
