package org.spinecode.cli;

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
 * The project's own scenario files beside the public ones (scenarios/jurisdiction.json: Medicare by
 * contractor and WISeR), in the public file's format, so the conformance harness runs them too
 * ({@code conformance.py scenarios/jurisdiction.json --jar ...}), judged as the harness judges.
 */
class OwnScenariosTest {
  private static final WireCodec CODEC = new WireCodec();
  private static final RecordCoder RECORDS = new RecordCoder(Installation.of(PluginDiscovery.fromClassPath()).coder(),
      CODEC, new WireMapping(), (failure, line) -> {
        throw new AssertionError("coding failed", failure);
      });

  @TestFactory
  Stream<DynamicTest> medicare_by_contractor_and_wiser() {
    return scenarios("jurisdiction.json");
  }

  private static Stream<DynamicTest> scenarios(String file) {
    return Scenarios.file(file).stream().map(scenario -> DynamicTest.dynamicTest(
        scenario.get("id").asText() + " " + scenario.get("title").asText(), () -> {
          byte[] bytes = scenario.get("input").toString().getBytes(StandardCharsets.UTF_8);
          ResultJson result = RECORDS.code(NdjsonLines.Line.of(1, bytes));
          JsonNode json = Scenarios.tree(CODEC.write(result));
          assertThat(Scenarios.judge(scenario, json)).as(scenario.path("source").asText()).isNull();
        }));
  }
}
