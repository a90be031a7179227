package org.spinecode.rest.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;

/**
 * Results written one after another on one thread: NDJSON lines, the elements of an array, or
 * indented objects. Text repeated from result to result is encoded once (see
 * {@link ResultJsonWriter}). Nothing is flushed until {@link #flush()} or {@link #finish()}.
 */
public final class ResultStream implements Closeable {
  private final JsonGenerator generator;
  private final ResultJsonWriter writer = ResultJsonWriter.streaming();
  private final String after;
  private final String end;

  private ResultStream(JsonGenerator generator, String after, String end) {
    this.generator = generator;
    this.after = after;
    this.end = end;
  }

  static ResultStream lines(JsonGenerator generator) {
    generator.setRootValueSeparator(null);
    return new ResultStream(generator, "\n", "");
  }

  static ResultStream array(JsonGenerator generator) throws IOException {
    generator.writeRaw("[\n");
    generator.setRootValueSeparator(new SerializedString(",\n"));
    return new ResultStream(generator, "", "\n]\n");
  }

  // Jackson's default pretty printer puts a space, not a line end, between root values.
  static ResultStream pretty(JsonGenerator generator) {
    generator.setPrettyPrinter(new DefaultPrettyPrinter());
    return new ResultStream(generator, "", "\n");
  }

  public void write(ResultJson result) throws IOException {
    writer.write(generator, result);
    if (!after.isEmpty()) {
      generator.writeRaw(after);
    }
  }

  /** Hands what was written so far to the output. */
  public void flush() throws IOException {
    generator.flush();
  }

  /** After the last result: closes the array or ends the last line, and flushes. */
  public void finish() throws IOException {
    if (!end.isEmpty()) {
      generator.writeRaw(end);
    }
    generator.flush();
  }

  /** Closes the generator, not the output under it. */
  @Override
  public void close() throws IOException {
    generator.flush();
  }
}
