package org.spinecode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.WireCodec;

/** Each benchmark method runs once per mix and yields something real; no timing here. */
class BenchmarksSmokeTest {

  @ParameterizedTest
  @EnumSource(Mix.class)
  void the_engine_benchmark_codes_an_encounter_of_the_mix_into_claim_lines(Mix mix) {
    EngineBenchmark.SharedEngine shared = new EngineBenchmark.SharedEngine();
    shared.setUp();
    EngineBenchmark benchmark = new EngineBenchmark();
    benchmark.mix = mix;
    benchmark.setUp();

    CodingResult result = benchmark.code(shared);

    assertThat(result.lines()).isNotEmpty();
    assertThat(result.id()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Mix.class)
  void the_engine_benchmark_parses_the_json_of_the_encounters_it_codes(Mix mix) {
    EngineBenchmark.SharedEngine shared = new EngineBenchmark.SharedEngine();
    shared.setUp();
    EngineBenchmark benchmark = new EngineBenchmark();
    benchmark.mix = mix;
    benchmark.setUp();
    List<Encounter> encounters = mix.encounters(new WireCodec());

    for (Encounter encounter : encounters) {
      EncounterJson parsed = benchmark.parseJson();
      CodingResult coded = benchmark.code(shared);

      assertThat(parsed.id()).isEqualTo(encounter.id().orElseThrow());
      assertThat(parsed.procedures()).hasSize(encounter.procedures().size());
      assertThat(coded.id()).isEqualTo(encounter.id());
    }
  }

  @ParameterizedTest
  @EnumSource(Mix.class)
  void the_codec_benchmarks_read_an_encounter_and_write_a_result(Mix mix) {
    CodecBenchmark benchmark = new CodecBenchmark();
    benchmark.mix = mix;
    benchmark.setUp();

    assertThat(benchmark.parse().procedures()).isNotEmpty();
    assertThat(benchmark.decode().procedures()).isNotEmpty();
    assertThat(benchmark.encode()).contains("\"lines\":[{\"code\":");
  }

  @ParameterizedTest
  @EnumSource(Mix.class)
  void the_end_to_end_benchmark_turns_json_into_coded_json(Mix mix) {
    EndToEndBenchmark benchmark = new EndToEndBenchmark();
    benchmark.mix = mix;
    benchmark.setUp();

    assertThat(benchmark.jsonToCodeToJson()).contains("\"lines\":[{\"code\":").doesNotContain("\"error\"");
  }

  @ParameterizedTest
  @EnumSource(Mix.class)
  void the_end_to_end_benchmark_turns_an_ndjson_line_into_a_result_line(Mix mix) throws Exception {
    EndToEndBenchmark benchmark = new EndToEndBenchmark();
    benchmark.mix = mix;
    benchmark.setUp();

    int length = benchmark.ndjsonLine();

    assertThat(benchmark.lastLine()).hasSize(length).endsWith("}\n").contains("\"lines\":[{\"code\":")
        .doesNotContain("\"error\"");
  }

  @ParameterizedTest
  @EnumSource(Mix.class)
  void every_encounter_of_the_mix_is_valid_input_with_the_number_of_procedures_its_name_says(Mix mix) {
    EngineBenchmark.SharedEngine shared = new EngineBenchmark.SharedEngine();
    shared.setUp();
    List<Encounter> encounters = mix.encounters(new WireCodec());

    assertThat(encounters).hasSizeGreaterThanOrEqualTo(16);
    for (Encounter encounter : encounters) {
      assertThat(encounter.procedures()).hasSizeBetween(mix == Mix.TWO_PROCEDURES ? 2 : 1,
          mix == Mix.ONE_PROCEDURE ? 1 : 2);
      CodingResult result = shared.engine.code(encounter);
      assertThat(result.lines().isEmpty() && result.findings().isEmpty()).as(encounter.id().orElseThrow()).isFalse();
    }
  }
}
