package org.spinecode.cli.command;

import java.io.IOException;
import java.io.Writer;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultStream;
import org.spinecode.rest.wire.WireCodec;

/**
 * JSON out: NDJSON (one compact result per line, for machines and the conformance harness), a
 * JSON array, or a single pretty-printed object when a single encounter came in.
 */
final class JsonResults implements ResultSink {
  private final Writer out;
  private final ResultStream results;

  private JsonResults(Writer out, ResultStream results) {
    this.out = out;
    this.results = results;
  }

  static JsonResults ndjson(Writer out, WireCodec codec) throws IOException {
    return new JsonResults(out, codec.ndjson(out));
  }

  static JsonResults array(Writer out, WireCodec codec) throws IOException {
    return new JsonResults(out, codec.array(out));
  }

  static JsonResults pretty(Writer out, WireCodec codec) throws IOException {
    return new JsonResults(out, codec.pretty(out));
  }

  @Override
  public void accept(ResultJson result) throws IOException {
    results.write(result);
  }

  @Override
  public void finish() throws IOException {
    results.finish();
    out.flush();
  }
}
