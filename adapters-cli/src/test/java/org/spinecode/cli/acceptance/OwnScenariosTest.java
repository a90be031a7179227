package org.spinecode.cli.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * The project's own scenario files beside the public ones, in the public file's format, so the
 * conformance harness runs them too, judged as the harness judges: scenarios/jurisdiction.json
 * (Medicare by contractor and WISeR; {@code conformance.py scenarios/jurisdiction.json}) and
 * scenarios/diagnoses.json and diagnoses-check.json (ICD-10-CM validity, coverage, pointers, check
 * mode and scrubs; {@code conformance.py scenarios/diagnoses.json --data-dir scenarios/mcd-synthetic}).
 */
class OwnScenariosTest {
  private static final WireCodec CODEC = new WireCodec();
  private static final RecordCoder.Failures UNEXPECTED = (failure, line) -> {
    throw new AssertionError("coding failed", failure);
  };
  private static final RecordCoder RECORDS = new RecordCoder(Installation.of(PluginDiscovery.fromClassPath()).coder(),
      CODEC, new WireMapping(), UNEXPECTED);
  /** With the synthetic coverage export of scenarios/mcd-synthetic, as {@code --data-dir} loads it. */
  private static final Installation WITH_EXPORT = Installation.builder().plugins(PluginDiscovery.fromClassPath())
      .dataDir(Scenarios.FILE.resolveSibling("mcd-synthetic")).build();

  @TestFactory
  Stream<DynamicTest> medicare_by_contractor_and_wiser() {
    return scenarios("jurisdiction.json", RECORDS, false);
  }

  @TestFactory
  Stream<DynamicTest> diagnoses_with_the_synthetic_coverage_export() {
    return scenarios("diagnoses.json", new RecordCoder(WITH_EXPORT.coder(), CODEC, new WireMapping(), UNEXPECTED),
        false);
  }

  @TestFactory
  Stream<DynamicTest> diagnoses_in_check_mode_and_scrubs() {
    return scenarios("diagnoses-check.json", RecordCoder.checking(WITH_EXPORT.checker(), CODEC, new WireMapping(),
        UNEXPECTED), true);
  }

  private static Stream<DynamicTest> scenarios(String file, RecordCoder records, boolean check) {
    return Scenarios.file(file).stream().map(scenario -> DynamicTest.dynamicTest(
        scenario.get("id").asText() + " " + scenario.get("title").asText(), () -> {
          byte[] bytes = scenario.get("input").toString().getBytes(StandardCharsets.UTF_8);
          ResultJson result = records.code(NdjsonLines.Line.of(1, bytes));
          JsonNode json = Scenarios.tree(CODEC.write(result));
          String problem = check ? Scenarios.judgeCheck(scenario, json, true) : Scenarios.judge(scenario, json);
          assertThat(problem).as(scenario.path("source").asText()).isNull();
        }));
  }
}
