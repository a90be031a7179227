package org.spinecode.rest.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts NDJSON into lines, for the CLI's streams and the server's batch bodies alike. Blank lines
 * are not records but count as lines. A line longer than the limit is reported without its bytes
 * and skipped to its end, so one huge line never holds more than the limit in memory.
 *
 * <p>Lines are slices of buffers that are never written again once handed out, so a line stays
 * valid after {@link #next()} moves on: workers may code lines while the next ones are read.
 */
public final class NdjsonLines {
  /** 4 MiB: a thousand times a typical encounter, small beside any heap that codes. */
  public static final int DEFAULT_MAX_LINE_BYTES = 4 << 20;
  private static final int CHUNK = 1 << 18;

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] buffer = new byte[0];
  private int position;
  private int limit;
  private boolean ended;
  private long number;

  /**
   * One line: its number (from 1) and its bytes without the spaces around them, or only its number
   * when too long; {@code column} is the column (from 1, in bytes) where those bytes start.
   */
  public record Line(long number, byte[] bytes, int offset, int length, boolean tooLong, int column) {
    /** A line handed over by another reader (a Spark partition): its bytes, trimmed here as NDJSON lines are. */
    public static Line of(long number, byte[] bytes) {
      int first = 0;
      int last = bytes.length;
      while (last > first && isSpace(bytes[last - 1])) {
        last--;
      }
      while (first < last && isSpace(bytes[first])) {
        first++;
      }
      return new Line(number, bytes, first, last - first, false, first + 1);
    }

    /** True when the line holds nothing but spaces: not a record, though it counts as a line. */
    public boolean blank() {
      return !tooLong && length == 0;
    }
  }

  public NdjsonLines(InputStream in, int maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive, was " + maxLineBytes);
    }
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The lines of a body already in memory; its size is limited elsewhere. */
  public static NdjsonLines of(byte[] body) {
    return new NdjsonLines(new ByteArrayInputStream(body), Math.max(body.length, 1));
  }

  /** The next line that is not blank, or null at the end of the input. */
  public Line next() throws IOException {
    while (true) {
      int end = indexOfNewline();
      if (end < 0 && !ended) {
        if (limit - position > maxLineBytes) {
          return skipLongLine();
        }
        fill();
        continue;
      }
      if (end < 0 && position == limit) {
        return null;
      }
      int stop = end < 0 ? limit : end;
      int lineStart = position;
      int first = position;
      position = end < 0 ? limit : end + 1;
      number++;
      int last = stop;
      while (last > first && isSpace(buffer[last - 1])) {
        last--;
      }
      while (first < last && isSpace(buffer[first])) {
        first++;
      }
      if (last - first > maxLineBytes) {
        return new Line(number, null, 0, 0, true, 1);
      }
      if (first < last) {
        return new Line(number, buffer, first, last - first, false, first - lineStart + 1);
      }
    }
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  // A new buffer each time: the lines already handed out keep pointing into the old one.
  private void fill() throws IOException {
    int carry = limit - position;
    byte[] next = new byte[(int) Math.max(CHUNK, Math.min(carry * 2L, maxLineBytes + (long) CHUNK))];
    System.arraycopy(buffer, position, next, 0, carry);
    int read = in.readNBytes(next, carry, next.length - carry);
    if (read < next.length - carry) {
      ended = true;
    }
    buffer = next;
    position = 0;
    limit = carry + read;
  }

  private Line skipLongLine() throws IOException {
    number++;
    byte[] scratch = new byte[CHUNK];
    while (true) {
      int read = in.read(scratch);
      if (read < 0) {
        ended = true;
        buffer = new byte[0];
        position = limit = 0;
        return new Line(number, null, 0, 0, true, 1);
      }
      for (int i = 0; i < read; i++) {
        if (scratch[i] == '\n') {
          buffer = Arrays.copyOfRange(scratch, i + 1, read);
          position = 0;
          limit = buffer.length;
          return new Line(number, null, 0, 0, true, 1);
        }
      }
    }
  }

  static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r';
  }
}
