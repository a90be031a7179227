package org.spinecode.cli.acceptance;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * The check scenarios in scenarios/check.json, judged as the contract's check harness judges
 * them. Findings that need the CMS edit tables are judged when the engine has them loaded, and
 * skipped, saying so, when it does not.
 */
class CheckScenariosTest {
  private static final WireCodec CODEC = new WireCodec();
  private static final Installation PRODUCT = Installation.of(PluginDiscovery.fromClassPath());
  private static final EncounterCoder ENGINE = PRODUCT.directCoder();
  private static final ClaimChecker CHECKER = new ClaimChecker(ENGINE, PRODUCT.catalogue(), PRODUCT.claimEdits(), PRODUCT.data().conventions());
  private static final RecordCoder RECORDS = RecordCoder.checking(CHECKER, CODEC, new WireMapping(),
      (failure, line) -> {
        throw new AssertionError(failure);
      });
  static final boolean EDIT_TABLES = PRODUCT.claimEdits().tables().knows("64483");

  @TestFactory
  Stream<DynamicTest> every_check_scenario_gives_its_verdict_differences_and_findings() {
    return Scenarios.checks().stream().map(scenario -> DynamicTest.dynamicTest(
        scenario.get("id").asText() + " " + scenario.get("title").asText(), () -> {
          JsonNode result = Scenarios.tree(CODEC.write(check(scenario.get("input").toString())));
          assertThat(Scenarios.judgeCheck(scenario, result, false)).as(scenario.path("source").asText()).isNull();
          if (Scenarios.needsEditTables(scenario)) {
            assumeTrue(EDIT_TABLES, "findings of " + scenario.get("id").asText()
                + " not judged: the engine has no CMS edit tables loaded");
          }
          assertThat(Scenarios.judgeCheck(scenario, result, true)).as(scenario.path("source").asText()).isNull();
        }));
  }

  private static ResultJson check(String json) {
    return RECORDS.code(NdjsonLines.Line.of(1, json.getBytes(StandardCharsets.UTF_8)));
  }
}
