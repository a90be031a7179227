package org.spinecode.cli.command;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * JSON out: NDJSON (one compact result per line, for machines and the conformance harness), a
 * JSON array, or a single pretty-printed object when a single encounter came in.
 */
final class JsonResults implements ResultSink {
  private final Writer out;
  private final SequenceWriter sequence;
  private final boolean array;

  private JsonResults(Writer out, ObjectWriter writer, boolean array) throws IOException {
    this.out = out;
    this.array = array;
    this.sequence = writer.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .withRootValueSeparator(array ? ",\n" : "\n")
        .writeValues(out);
    if (array) {
      out.write("[\n");
    }
  }

  static JsonResults ndjson(Writer out, WireCodec codec) throws IOException {
    return new JsonResults(out, codec.resultWriter(), false);
  }

  static JsonResults array(Writer out, WireCodec codec) throws IOException {
    return new JsonResults(out, codec.resultWriter(), true);
  }

  static JsonResults pretty(Writer out, WireCodec codec) throws IOException {
    return new JsonResults(out, codec.resultWriter().withDefaultPrettyPrinter(), false);
  }

  @Override
  public void accept(ResultJson result) throws IOException {
    sequence.write(result);
  }

  @Override
  public void finish() throws IOException {
    sequence.flush();
    out.write(array ? "\n]\n" : "\n");
    out.flush();
  }
}
