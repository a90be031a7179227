package org.spinecode.cli.command;

import java.io.IOException;
import java.io.InputStream;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;

/**
 * One encounter per line, for the outputs that are not NDJSON (a table, CSV, a JSON array). A
 * malformed or over-long line is a record of its own, so one bad line never costs the others.
 */
final class NdjsonEncounters implements EncounterReader {
  private final InputStream in;
  private final NdjsonLines lines;
  private final RecordCoder records;
  private final int maxLineBytes;

  NdjsonEncounters(InputStream in, RecordCoder records, int maxLineBytes) {
    this.in = in;
    this.lines = new NdjsonLines(in, maxLineBytes);
    this.records = records;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public ResultJson next() throws IOException {
    NdjsonLines.Line line = lines.next();
    return line == null ? null : code(line, records, maxLineBytes);
  }

  /** One line's result; an over-long line is refused without being read. */
  static ResultJson code(NdjsonLines.Line line, RecordCoder records, int maxLineBytes) {
    if (line.tooLong()) {
      return records.tooLong(maxLineBytes, line.number());
    }
    return records.code(line);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
