package org.spinecode.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultStream;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * One encounter the way the adapters code it. {@link #ndjsonLine}: the whole per-record path of a
 * batch, an NDJSON line's UTF-8 bytes in (read, mapped, coded, checked by the edits, mapped back)
 * and its result line's UTF-8 bytes out, through the same streaming writer a batch worker uses;
 * {@link #jsonToCodeToJson}: one request's text in and out. Invalid input is turned into an error
 * result. One operation is one encounter. Two more warm-up iterations than the others: Jackson and
 * the engine together take longer to compile, and on two shared cores the third iteration was
 * sometimes not yet steady.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EndToEndBenchmark {

  @Param({"TWO_PROCEDURES", "ONE_PROCEDURE", "REALISTIC"})
  public Mix mix;

  private final WireCodec codec = new WireCodec();
  private EncounterCoder engine;
  private RecordCoder records;
  private String[] json;
  private byte[][] lines;
  private int next;
  private final Sink sink = new Sink();
  private ResultStream out;

  @Setup
  public void setUp() {
    engine = Engines.fromClassPath();
    records = new RecordCoder(engine, codec, new WireMapping(), (failure, line) -> { });
    json = mix.json().toArray(new String[0]);
    lines = new byte[json.length][];
    for (int i = 0; i < json.length; i++) {
      lines[i] = json[i].getBytes(StandardCharsets.UTF_8);
    }
    try {
      out = codec.ndjson(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One NDJSON line in, one result line out, as bytes; returns the length of the line written. */
  @Benchmark
  public int ndjsonLine() throws IOException {
    byte[] line = lines[next];
    next = next + 1 == lines.length ? 0 : next + 1;
    sink.reset();
    out.write(records.code(NdjsonLines.Line.of(next + 1, line)));
    out.flush();
    return sink.size();
  }

  /** The bytes of the last line written, for the smoke test. */
  String lastLine() {
    return sink.toString(StandardCharsets.UTF_8);
  }

  /** Where a batch worker's results go: a buffer, emptied for each result here. */
  private static final class Sink extends ByteArrayOutputStream {
    Sink() {
      super(4096);
    }
  }

  @Benchmark
  public String jsonToCodeToJson() {
    String line = json[next];
    next = next + 1 == json.length ? 0 : next + 1;
    return codec.write(records.code(NdjsonLines.Line.of(1, line.getBytes(StandardCharsets.UTF_8))));
  }
}
