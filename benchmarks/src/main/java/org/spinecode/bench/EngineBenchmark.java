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
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.rest.wire.WireCodec;

/**
 * The coding engine alone: domain encounter in, coding result out, with the four shipped families
 * found on the class path. One operation is one encounter; each thread cycles through the mix.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EngineBenchmark {

  @Param({"TWO_PROCEDURES", "ONE_PROCEDURE"})
  public Mix mix;

  private Encounter[] encounters;
  private int next;

  @Setup
  public void setUp() {
    encounters = mix.encounters(new WireCodec()).toArray(new Encounter[0]);
    next = 0;
  }

  @Benchmark
  public CodingResult code(SharedEngine shared) {
    Encounter encounter = encounters[next];
    next = next + 1 == encounters.length ? 0 : next + 1;
    return shared.engine.code(encounter);
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
