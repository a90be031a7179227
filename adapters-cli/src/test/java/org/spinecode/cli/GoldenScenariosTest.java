package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.PluginDiscovery;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/** Every public golden scenario, through the wire codec and the engine with the four shipped families. */
class GoldenScenariosTest {
  private static final WireCodec CODEC = new WireCodec();
  private static final EncounterCoder ENGINE = PluginDiscovery.fromClassPath().engine();

  @TestFactory
  Stream<DynamicTest> every_public_scenario_codes_as_its_source_says() {
    return Scenarios.all().stream().map(scenario -> DynamicTest.dynamicTest(
        scenario.get("id").asText() + " " + scenario.get("title").asText(), () -> {
          JsonNode result = CODEC.mapper().valueToTree(code(scenario.get("input").toString()));
          assertThat(Scenarios.judge(scenario, result)).as(scenario.path("source").asText()).isNull();
        }));
  }

  private static ResultJson code(String json) {
    EncounterJson wire = null;
    try {
      wire = CODEC.readEncounter(json);
      return CODEC.toWire(ENGINE.code(CODEC.toDomain(wire)));
    } catch (InvalidInputException e) {
      return WireCodec.error(WireCodec.echoId(wire), e, null);
    }
  }
}
