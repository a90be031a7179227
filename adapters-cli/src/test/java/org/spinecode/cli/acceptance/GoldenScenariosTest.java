package org.spinecode.cli.acceptance;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.nio.charset.StandardCharsets;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/** Every public golden scenario, through the wire codec and the engine with the four shipped families. */
class GoldenScenariosTest {
  private static final WireCodec CODEC = new WireCodec();
  private static final RecordCoder RECORDS = new RecordCoder(Installation.of(PluginDiscovery.fromClassPath()).directCoder(), CODEC,
      new WireMapping(), (failure, line) -> {
        throw new AssertionError("coding failed", failure);
      });

  @TestFactory
  Stream<DynamicTest> every_public_scenario_codes_as_its_source_says() {
    return Scenarios.all().stream().map(scenario -> DynamicTest.dynamicTest(
        scenario.get("id").asText() + " " + scenario.get("title").asText(), () -> {
          String pending = Scenarios.PENDING.get(scenario.get("id").asText());
          Assumptions.assumeTrue(pending == null, () -> "pending until the issue \"" + pending + "\" lands");
          JsonNode result = Scenarios.tree(CODEC.write(code(scenario.get("input").toString())));
          assertThat(Scenarios.judge(scenario, result)).as(scenario.path("source").asText()).isNull();
        }));
  }

  private static ResultJson code(String json) {
    return RECORDS.code(NdjsonLines.Line.of(1, json.getBytes(StandardCharsets.UTF_8)));
  }
}
