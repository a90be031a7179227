package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;
import org.spinecode.plugin.data.CodeTable;
import org.spinecode.plugin.host.InstalledPlugin;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.rest.wire.WireCodec;

/**
 * A plugin that spins past the plugin timeout is quarantined: its procedures are refused at once
 * without handing it another thread, the server keeps coding every other family, and {@code /ready}
 * says which plugin it refuses (503 only when no family plugin is left).
 */
class PluginQuarantineTest {
  private static final String BOTH = "{\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\","
      + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"LEFT\"}]},{\"family\":\"TRANSFORAMINAL\",\"guidance\":"
      + "\"FLUOROSCOPY\",\"purpose\":\"THERAPEUTIC\",\"targets\":[{\"level\":\"L5-S1\",\"side\":\"RIGHT\"}]}]}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicBoolean release = new AtomicBoolean();

  @AfterEach
  void releaseTheSpinningThread() {
    release.set(true);
  }

  @Test
  void after_one_timeout_the_plugin_is_refused_at_once_and_ready_names_it() throws Exception {
    PluginRegistry registry = registry(true);
    try (TestServer server = TestServer.start(ServerSettings.defaults().withPort(0), timed(registry))) {
      assertThat(JSON.readTree(server.get("/ready").body()).get("status").asText()).isEqualTo("READY");

      JsonNode first = JSON.readTree(server.post("/v1/coding", "application/json", BOTH).body());
      JsonNode second = JSON.readTree(server.post("/v1/coding", "application/json", BOTH).body());
      var ready = server.get("/ready");

      assertThat(calls).as("calls that reached the spinning plugin").hasValue(1);
      for (JsonNode result : List.of(first, second)) {
        assertThat(result.get("lines").findValuesAsText("code")).containsExactly("64493");
        assertThat(result.get("findings").findValuesAsText("rule")).contains("CODING_FAILED");
      }
      assertThat(second.get("findings").findValuesAsText("message"))
          .anySatisfy(m -> assertThat(m).contains("transforaminal plugin", "is quarantined"));
      assertThat(ready.statusCode()).isEqualTo(200);
      JsonNode readiness = JSON.readTree(ready.body());
      assertThat(readiness.get("status").asText()).isEqualTo("DEGRADED");
      assertThat(readiness.get("quarantined")).singleElement().satisfies(q -> {
        assertThat(q.get("plugin").asText()).isEqualTo("transforaminal");
        assertThat(q.get("families").get(0).asText()).isEqualTo("TRANSFORAMINAL");
        assertThat(q.get("reason").asText()).isEqualTo("did not answer within 2000 ms");
      });
    }
  }

  @Test
  void ready_is_503_once_the_only_family_plugin_is_quarantined() throws Exception {
    PluginRegistry registry = registry(false);
    try (RestServer server = RestServer.start(ServerSettings.defaults().withPort(0),
        TestServer.served(timed(registry), TestServer.views(registry)), new WireCodec());
        TestServer client = TestServer.over(server)) {
      client.post("/v1/coding", "application/json", BOTH.replace("\"FACET\"", "\"TRANSFORAMINAL\""));

      JsonNode problem = CodingApiTest.problem(client.get("/ready"), 503);

      assertThat(problem.get("code").asText()).isEqualTo("NOT_READY");
      assertThat(problem.get("detail").asText()).contains("every family plugin is quarantined (transforaminal)");
    }
  }

  private static EncounterCoder timed(PluginRegistry registry) {
    return Installation.builder().plugins(registry).pluginTimeout(Duration.ofSeconds(2)).build().coder();
  }

  /** The shipped families (or transforaminal alone), transforaminal's coder spinning until released. */
  private PluginRegistry registry(boolean others) {
    List<FamilyPlugin> plugins = new ArrayList<>();
    for (InstalledPlugin installed : TestServer.REGISTRY.plugins()) {
      FamilyPlugin plugin = installed.plugin();
      if (installed.descriptor().id().equals("transforaminal")) {
        plugins.add(new Spinning(plugin, calls, release));
      } else if (others) {
        plugins.add(plugin);
      }
    }
    return PluginRegistry.ofPlugins(plugins);
  }

  /** Ignores interrupts, as a busy loop does (it sleeps rather than spins, to spare the build machine). */
  private record Spinning(FamilyPlugin delegate, AtomicInteger calls, AtomicBoolean release) implements FamilyPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return delegate.descriptor();
    }

    @Override
    public CodeTable codes() {
      return delegate.codes();
    }

    @Override
    public FamilyCoder createCoder(FamilyContext context) {
      return session -> {
        calls.incrementAndGet();
        while (!release.get()) {
          pause();
        }
        return FamilyCoding.of(List.of(), List.of());
      };
    }

    private static void pause() {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        // Ignored on purpose: this is the plugin that will not stop.
      }
    }
  }
}
