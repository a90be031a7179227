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
import java.nio.charset.StandardCharsets;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * One encounter the way the adapters code it: JSON text in, coded, JSON text out, with invalid
 * input turned into an error result as the batch CLI does. One operation is one encounter. Two
 * more warm-up iterations than the others: Jackson and the engine together take longer to
 * compile, and on two shared cores the third iteration was sometimes not yet steady.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EndToEndBenchmark {

  @Param({"TWO_PROCEDURES", "ONE_PROCEDURE"})
  public Mix mix;

  private final WireCodec codec = new WireCodec();
  private EncounterCoder engine;
  private RecordCoder records;
  private String[] json;
  private int next;

  @Setup
  public void setUp() {
    engine = Engines.fromClassPath();
    records = new RecordCoder(engine, codec, new WireMapping(), (failure, line) -> { });
    json = mix.json().toArray(new String[0]);
  }

  @Benchmark
  public String jsonToCodeToJson() {
    String line = json[next];
    next = next + 1 == json.length ? 0 : next + 1;
    return codec.write(records.code(NdjsonLines.Line.of(1, line.getBytes(StandardCharsets.UTF_8))));
  }
}
