package org.spinecode.rest.wire;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Arrays;

/**
 * The UTF-8 byte-order mark (EF BB BF) that Excel's "CSV UTF-8" and some editors put before the
 * text: not part of the data, so every input skips it (files, standard input, request bodies).
 */
public final class ByteOrderMark {
  private static final byte[] UTF_8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ByteOrderMark() {}

  /** Reads past a leading mark, if there is one; the stream must be able to push back three bytes. */
  public static void skip(PushbackInputStream in) throws IOException {
    byte[] head = in.readNBytes(UTF_8.length);
    if (!Arrays.equals(head, UTF_8)) {
      in.unread(head);
    }
  }

  /** The bytes without a leading mark (the same array when there is none). */
  public static byte[] stripped(byte[] bytes) {
    if (bytes.length >= UTF_8.length && Arrays.equals(bytes, 0, UTF_8.length, UTF_8, 0, UTF_8.length)) {
      return Arrays.copyOfRange(bytes, UTF_8.length, bytes.length);
    }
    return bytes;
  }
}
