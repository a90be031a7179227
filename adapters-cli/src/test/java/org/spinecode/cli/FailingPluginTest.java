package org.spinecode.cli;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.spinecode.cli.command.PluginViews;
import org.spinecode.cli.command.Services;
import org.spinecode.rest.http.RestServer;
import org.spinecode.rest.http.ServedProduct;
import org.spinecode.rest.wire.DataView;
import org.spinecode.rest.http.ServerSettings;
import org.spinecode.cli.launch.Launcher;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.data.CodeTable;
import org.spinecode.plugin.host.InstalledPlugin;
import org.spinecode.plugin.PluginDescriptor;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.rest.wire.WireCodec;

/**
 * A drop-in family that fails while coding costs only its own work: every other encounter is
 * still coded, the run ends with exit 1, and nothing of the failure but its type is printed.
 */
class FailingPluginTest {
  private static final String FACET = "{\"id\":\"ok\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\","
      + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"LEFT\"}]}]}";
  private static final String BOTH = "{\"id\":\"both\",\"dateOfService\":\"2026-03-02\",\"payer\":\"COMMERCIAL\","
      + "\"procedures\":[{\"family\":\"FACET\",\"guidance\":\"FLUOROSCOPY\",\"purpose\":\"DIAGNOSTIC\","
      + "\"targets\":[{\"level\":\"L4-L5\",\"side\":\"LEFT\"}]},{\"family\":\"TRANSFORAMINAL\",\"guidance\":"
      + "\"FLUOROSCOPY\",\"purpose\":\"THERAPEUTIC\",\"targets\":[{\"level\":\"L5-S1\",\"side\":\"RIGHT\"}]}]}";

  @ParameterizedTest
  @ValueSource(strings = {"exception", "stack overflow", "missing class"})
  void every_other_encounter_is_coded_and_only_the_type_of_the_failure_is_printed(String failure) throws Exception {
    Cli cli = run(failure, FACET + "\n" + BOTH + "\n" + FACET + "\n", "code", "--format", "ndjson");

    List<JsonNode> results = InputProblemsTest.lines(cli.out());
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("lines")).isNotEmpty();
    assertThat(results.get(2).get("lines")).isNotEmpty();
    assertThat(results.get(1).get("id").asText()).isEqualTo("both");
    assertThat(cli.err()).doesNotContain("secret 4711").doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"exception", "stack overflow", "missing class"})
  void the_other_procedure_of_the_encounter_is_still_coded(String failure) throws Exception {
    Cli cli = run(failure, BOTH + "\n", "code", "--format", "ndjson");

    JsonNode result = InputProblemsTest.lines(cli.out()).get(0);
    assertThat(result.get("lines").findValuesAsText("code")).containsExactly("64493");
    assertThat(result.get("findings").findValuesAsText("rule")).contains("CODING_FAILED");
    assertThat(cli.exit()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"exception", "stack overflow", "missing class"})
  void over_http_neither_one_encounter_nor_a_batch_gets_a_500(String failure) throws Exception {
    PluginRegistry registry = registryFailingWith(failure);
    Installation product = Installation.of(registry);
    try (RestServer server = RestServer.start(ServerSettings.defaults().withPort(0), new ServedProduct(
        product.directCoder(), product.directChecker(), product.catalogue(), product.editTables(),
        product.data().contractors(), product.data().diagnosisJudge(), List.of(),
        new DataView(product.dataVersion(), List.of())), new WireCodec())) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> single = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/coding"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BOTH)).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> batch = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/coding/batch"))
          .header("Content-Type", "application/x-ndjson")
          .POST(HttpRequest.BodyPublishers.ofString(FACET + "\n" + BOTH + "\n" + FACET + "\n")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(single.statusCode()).isEqualTo(200);
      JsonNode result = new ObjectMapper().readTree(single.body());
      assertThat(result.get("lines").findValuesAsText("code")).containsExactly("64493");
      assertThat(result.get("findings").findValuesAsText("rule")).contains("CODING_FAILED");
      assertThat(single.body()).doesNotContain("secret 4711");
      assertThat(batch.statusCode()).isEqualTo(200);
      assertThat(InputProblemsTest.lines(batch.body())).hasSize(3)
          .allSatisfy(line -> assertThat(line.get("lines")).isNotEmpty());
    }
  }

  /** The shipped families, with transforaminal replaced by one that fails as asked. */
  static PluginRegistry registryFailingWith(String failure) {
    List<FamilyPlugin> plugins = new ArrayList<>();
    for (InstalledPlugin installed : PluginDiscovery.fromClassPath().plugins()) {
      FamilyPlugin plugin = installed.plugin();
      boolean transforaminal = plugin.descriptor().claims().stream()
          .anyMatch(claim -> claim.family().name().equals("TRANSFORAMINAL"));
      plugins.add(transforaminal ? new Failing(plugin, failure) : plugin);
    }
    return PluginRegistry.ofPlugins(plugins);
  }

  /**
   * A plugin that exhausts memory costs its own record (issue 21 item 3): that record gets its error
   * line, the records before and after it are coded and written, the exit code is 1 and there is no
   * stack trace.
   */
  @ParameterizedTest
  @ValueSource(strings = {"code", "check"})
  void a_plugin_that_runs_out_of_memory_costs_only_its_record(String command) throws Exception {
    String claim = ",\"billed\":[{\"code\":\"64493\",\"modifiers\":[\"LT\"]}]}";
    String facet = FACET.substring(0, FACET.length() - 1) + claim;
    String both = BOTH.substring(0, BOTH.length() - 1) + claim;

    Cli cli = run("out of memory", facet + "\n" + both + "\n" + facet + "\n", command, "--format", "ndjson");

    List<JsonNode> results = InputProblemsTest.lines(cli.out());
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("lines")).isNotEmpty();
    assertThat(results.get(1).get("id").asText()).isEqualTo("both");
    assertThat(results.get(1).get("error").get("code").asText()).isEqualTo("CODING_FAILED");
    assertThat(results.get(1).get("error").get("message").asText()).contains("needs more memory than the JVM has");
    assertThat(results.get(1).get("error").get("line").asLong()).isEqualTo(2);
    assertThat(results.get(2).get("lines")).isNotEmpty();
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err()).contains("the record on line 2 could not be coded: java.lang.OutOfMemoryError")
        .doesNotContain("\tat ");
  }

  /** The NDJSON pipeline codes without a hand-off per call, and falls back to timed calls for a batch that hangs. */
  @org.junit.jupiter.api.Test
  void a_plugin_that_never_answers_costs_only_its_procedure_in_the_ndjson_pipeline() throws Exception {
    Cli cli = run("hang", FACET + "\n" + BOTH + "\n" + FACET + "\n",
        "--plugin-timeout", "300ms", "code", "--format", "ndjson");

    List<JsonNode> results = InputProblemsTest.lines(cli.out());
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("lines").findValuesAsText("code")).containsExactly("64493");
    assertThat(results.get(1).get("lines").findValuesAsText("code")).containsExactly("64493");
    assertThat(results.get(1).get("findings").findValuesAsText("message"))
        .anySatisfy(message -> assertThat(message).contains("did not answer within 300 ms"));
    assertThat(results.get(2).get("lines").findValuesAsText("code")).containsExactly("64493");
    assertThat(cli.exit()).isEqualTo(1);
  }

  private static Cli run(String failure, String stdin, String... args) {
    PluginRegistry registry = registryFailingWith(failure);
    WireCodec codec = new WireCodec();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Launcher.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), startup -> Services.of(Installation.builder()
            .plugins(registry).pluginTimeout(startup.pluginTimeout()).build(), codec));
    return new Cli(exit, out.toString(), err.toString());
  }

  private record Failing(FamilyPlugin delegate, String failure) implements FamilyPlugin {
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
      Supplier<Throwable> thrown = switch (failure) {
        case "stack overflow" -> () -> new StackOverflowError();
        case "missing class" -> () -> new NoClassDefFoundError("secret 4711");
        // What a coder that allocates without bound meets: the JVM's refusal, on this coder's thread.
        case "out of memory" -> () -> new OutOfMemoryError("Java heap space");
        case "hang" -> () -> {
          try {
            new java.util.concurrent.CountDownLatch(1).await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new IllegalStateException("interrupted");
        };
        default -> () -> new IllegalStateException("secret 4711");
      };
      return session -> {
        Throwable t = thrown.get();
        if (t instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) t;
      };
    }
  }
}
