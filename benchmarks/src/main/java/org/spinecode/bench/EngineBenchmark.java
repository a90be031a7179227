package org.spinecode.bench;

import java.nio.charset.StandardCharsets;
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
 * The coding engine alone ({@link #code}: domain encounter in, coding result out, with the four
 * shipped families found on the class path) beside the JSON parse of the very same encounters
 * ({@link #parseJson}), so that one run prints both and their ratio is taken from the same
 * machine state. One operation is one encounter; each thread cycles through the mix.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EngineBenchmark {

  @Param({"TWO_PROCEDURES", "ONE_PROCEDURE", "REALISTIC"})
  public Mix mix;

  private final WireCodec codec = new WireCodec();
  private byte[][] json;
  private Encounter[] encounters;
  private int next;
  private int nextJson;

  @Setup
  public void setUp() {
    List<String> lines = mix.json();
    json = new byte[lines.size()][];
    encounters = new Encounter[lines.size()];
    WireMapping mapping = new WireMapping();
    for (int i = 0; i < json.length; i++) {
      json[i] = lines.get(i).getBytes(StandardCharsets.UTF_8);
      encounters[i] = mapping.toDomain(codec.readEncounter(json[i]));
    }
    next = 0;
    nextJson = 0;
  }

  @Benchmark
  public CodingResult code(SharedEngine shared) {
    Encounter encounter = encounters[next];
    next = next + 1 == encounters.length ? 0 : next + 1;
    return shared.engine.code(encounter);
  }

  /**
   * The floor the engine is measured against: the UTF-8 JSON of the same encounters read into the
   * wire record by the product's codec, as the CLI and the REST server receive them.
   */
  @Benchmark
  public EncounterJson parseJson() {
    byte[] encounter = json[nextJson];
    nextJson = nextJson + 1 == json.length ? 0 : nextJson + 1;
    return codec.readEncounter(encounter);
  }

  /** One engine for all threads, as the adapters share it. */
  @State(Scope.Benchmark)
  public static class SharedEngine {
    EncounterCoder engine;

    @Setup
    public void setUp() {
      engine = Engines.fromClassPath();
    }
  }
}
