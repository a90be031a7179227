package org.spinecode.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.rest.wire.WireCodec;

/**
 * One encounter per line. A malformed line is a record of its own, so one bad line never costs
 * the others. Blank lines are not records.
 */
final class NdjsonEncounters implements EncounterReader {
  private final BufferedReader in;
  private final WireCodec codec;
  private long line;

  NdjsonEncounters(BufferedReader in, WireCodec codec) {
    this.in = in;
    this.codec = codec;
  }

  @Override
  public InputRecord next() throws IOException {
    String text;
    do {
      text = in.readLine();
      line++;
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    return read(text, line, codec);
  }

  /** One line as a record. */
  static InputRecord read(String text, long line, WireCodec codec) {
    try {
      return InputRecord.of(line, codec.readEncounter(text));
    } catch (InvalidInputException e) {
      return InputRecord.unreadable(line, e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
