package org.spinecode.cli.launch;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes onto a writer, for in-memory runs where standard output is a writer. */
final class WriterOutputStream extends OutputStream {
  private final PrintWriter writer;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  WriterOutputStream(PrintWriter writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) {
    pending.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    pending.write(bytes, offset, length);
  }

  /** Decodes what was written so far; callers flush at the end of output, after whole characters. */
  @Override
  public void flush() {
    writer.write(pending.toString(StandardCharsets.UTF_8));
    writer.flush();
    pending.reset();
  }
}
