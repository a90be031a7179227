package org.spinecode.bench;

import java.util.List;
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
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * The JSON floor the engine is compared with: reading an encounter (JSON text to the wire record
 * to the domain value) and writing a result (domain result to the wire record to JSON text), each
 * on its own. One operation is one encounter or one result; each thread cycles through the mix.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class CodecBenchmark {

  @Param({"TWO_PROCEDURES", "ONE_PROCEDURE", "REALISTIC"})
  public Mix mix;

  private final WireCodec codec = new WireCodec();
  private final WireMapping mapping = new WireMapping();
  private String[] json;
  private Encounter[] encounters;
  private CodingResult[] results;
  private int nextJson;
  private int nextResult;

  @Setup
  public void setUp() {
    json = mix.json().toArray(new String[0]);
    EncounterCoder engine = Engines.fromClassPath();
    encounters = mix.encounters(codec).toArray(new Encounter[0]);
    results = new CodingResult[encounters.length];
    for (int i = 0; i < results.length; i++) {
      results[i] = engine.code(encounters[i]);
    }
  }

  /** JSON text to the wire record only (Jackson). */
  @Benchmark
  public EncounterJson parse() {
    return codec.readEncounter(nextJson());
  }

  /** JSON text to the wire record to the domain encounter: what every adapter does first. */
  @Benchmark
  public Encounter decode() {
    return mapping.toDomain(codec.readEncounter(nextJson()));
  }

  /** Coding result to the wire record to JSON text: what every adapter does last. */
  @Benchmark
  public String encode() {
    int at = nextResult;
    nextResult = nextResult + 1 == results.length ? 0 : nextResult + 1;
    return codec.write(mapping.toWire(encounters[at], results[at]));
  }

  private String nextJson() {
    String next = json[nextJson];
    nextJson = nextJson + 1 == json.length ? 0 : nextJson + 1;
    return next;
  }
}
