package org.spinecode.examples.rfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as an outside developer ships it: the built jar is copied into a folder, and the real
 * shaded CLI ({@code adapters-cli/target/spinecode.jar}) runs as its own process with
 * {@code --plugins-dir}. Runs in {@code verify}, after both jars are packaged.
 */
class DropInPluginIT {
  private static final String SERVICE = "META-INF/services/org.spinecode.plugin.FamilyPlugin";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** (a) Medicare bilateral L4-L5 and L5-S1, after two diagnostic lumbar facet sessions. */
  private static final String MEDICARE_BILATERAL = """
      {"id":"a","dateOfService":"2026-03-02","payer":"MEDICARE","setting":"OFFICE",\
      "history":[{"dateOfService":"2025-11-03","family":"FACET","region":"LUMBAR_SACRAL","purpose":"DIAGNOSTIC"},\
      {"dateOfService":"2025-11-24","family":"FACET","region":"LUMBAR_SACRAL","purpose":"DIAGNOSTIC"}],\
      "procedures":[{"family":"RADIOFREQUENCY_ABLATION","guidance":"FLUOROSCOPY",\
      "targets":[{"level":"L4-L5","side":"BILATERAL"},{"level":"L5-S1","side":"BILATERAL"}]}]}""";
  /** (b) Commercial right C5-C6, named by its nerves and by the RFA alias. */
  private static final String COMMERCIAL_RIGHT_C5_C6 = """
      {"id":"b","dateOfService":"2026-03-02","payer":"COMMERCIAL",\
      "procedures":[{"family":"RFA","guidance":"CT","targets":[{"nerves":["C5","C6"],"side":"RIGHT"}]}]}""";
  /** (c) An ablation without imaging. */
  private static final String WITHOUT_IMAGING = """
      {"id":"c","dateOfService":"2026-03-02","payer":"COMMERCIAL",\
      "procedures":[{"family":"RADIOFREQUENCY_ABLATION","guidance":"NONE","targets":[{"level":"L4-L5","side":"LEFT"}]}]}""";

  private static Path cli;
  private static Path pluginJar;

  @TempDir
  Path work;

  @BeforeAll
  static void builtJars() {
    cli = Path.of(System.getProperty("spinecode.jar", "../../adapters-cli/target/spinecode.jar")).toAbsolutePath().normalize();
    pluginJar = Path.of(System.getProperty("spinecode.plugin.jar", "target/spinecode-rfa-plugin.jar")).toAbsolutePath().normalize();
    assertThat(cli).as("the shaded CLI, built by adapters-cli before this module").isRegularFile();
    assertThat(pluginJar).as("this module's plugin jar, built in package").isRegularFile();
  }

  @Test
  void plugins_lists_the_drop_in_with_its_id_version_and_jar() throws Exception {
    Path folder = folderWith(pluginJar);

    Run run = spinecode(Map.of(), "", "--plugins-dir", folder.toString(), "plugins", "--output", "json");

    assertThat(run.exit).as(run.toString()).isZero();
    JsonNode rfa = plugin(JSON.readTree(run.out), "rfa");
    assertThat(rfa.path("version").asText()).isEqualTo("1.0.0");
    assertThat(Path.of(rfa.path("location").asText())).isEqualTo(folder.resolve("spinecode-rfa-plugin.jar"));
    assertThat(texts(rfa.path("codes"))).containsExactly("64633", "64634", "64635", "64636");
    assertThat(rfa.path("accepts").get(0).path("family").asText()).isEqualTo("RADIOFREQUENCY_ABLATION");
    assertThat(plugin(JSON.readTree(run.out), "facet").path("location").asText())
        .as("the shipped families stay in the distribution jar").endsWith("spinecode.jar");
  }

  @Test
  void the_plugins_folder_can_come_from_the_environment() throws Exception {
    Path folder = folderWith(pluginJar);

    Run run = spinecode(Map.of("SPINECODE_PLUGINS_DIR", folder.toString()), "", "plugins");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("rfa 1.0.0").contains(folder.resolve("spinecode-rfa-plugin.jar").toString());
  }

  @Test
  void codes_ablations_through_the_drop_in_as_ndjson() throws Exception {
    Path folder = folderWith(pluginJar);
    String input = String.join("\n", MEDICARE_BILATERAL, COMMERCIAL_RIGHT_C5_C6, WITHOUT_IMAGING) + "\n";

    Run run = spinecode(Map.of(), input, "--plugins-dir", folder.toString(), "code", "--format", "ndjson");

    assertThat(run.exit).as("a record with an ERROR finding: " + run).isEqualTo(1);
    List<JsonNode> results = ndjson(run.out);
    assertThat(results).extracting(r -> r.path("id").asText()).containsExactly("a", "b", "c");

    JsonNode medicare = results.get(0);
    assertThat(lines(medicare)).containsExactlyInAnyOrder("64635 [50] x1", "64636 [50] x1");
    assertThat(rules(medicare)).as("no prerequisite, limit or KX finding").isEmpty();

    JsonNode commercial = results.get(1);
    assertThat(lines(commercial)).containsExactly("64633 [RT] x1");
    assertThat(commercial.path("lines").get(0).path("levels").get(0).asText()).isEqualTo("C5-C6");
    assertThat(rules(commercial)).isEmpty();

    JsonNode unguided = results.get(2);
    assertThat(lines(unguided)).isEmpty();
    assertThat(rules(unguided)).containsExactly("IMAGING_GUIDANCE_REQUIRED");
    assertThat(unguided.path("findings").get(0).path("severity").asText()).isEqualTo("ERROR");
  }

  @Test
  void without_the_folder_the_default_jar_does_not_know_the_family() throws Exception {
    Run run = spinecode(Map.of(), COMMERCIAL_RIGHT_C5_C6.replace("\"RFA\"", "\"RADIOFREQUENCY_ABLATION\"") + "\n",
        "code", "--format", "ndjson");

    assertThat(run.exit).as("a refused record: " + run).isEqualTo(1);
    JsonNode error = ndjson(run.out).get(0).path("error");
    assertThat(error.path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(error.path("field").asText()).isEqualTo("procedures[0].family");
    assertThat(error.path("message").asText()).contains("RADIOFREQUENCY_ABLATION");
  }

  @Test
  void a_text_file_named_like_a_jar_stops_start_up_with_exit_3_naming_it() throws Exception {
    Path folder = folderWith(pluginJar);
    Path bad = Files.writeString(folder.resolve("bad.jar"), "not a jar\n");

    Run run = spinecode(Map.of(), "", "--plugins-dir", folder.toString(), "plugins");

    assertThat(run.exit).as(run.toString()).isEqualTo(3);
    assertThat(run.err).contains("cannot load plugins").contains(bad.toString());
    assertThat(run.out).as("nothing is listed from a broken installation").doesNotContain("rfa");
  }

  @Test
  void a_jar_whose_service_file_names_a_missing_class_stops_coding_with_exit_3_naming_it() throws Exception {
    Path folder = folderWith(pluginJar);
    Path broken = folder.resolve("missing-class.jar");
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(broken))) {
      jar.putNextEntry(new JarEntry(SERVICE));
      jar.write("org.example.spine.MissingPlugin\n".getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }

    Run run = spinecode(Map.of(), MEDICARE_BILATERAL + "\n", "--plugins-dir", folder.toString(),
        "code", "--format", "ndjson");

    assertThat(run.exit).as(run.toString()).isEqualTo(3);
    assertThat(run.err).contains(broken.toString()).contains("org.example.spine.MissingPlugin");
    assertThat(run.out).as("no record is coded by a broken installation").isEmpty();
  }

  @Test
  void the_plugin_jar_holds_only_its_own_classes_and_its_service_file() throws IOException {
    List<String> classes = new ArrayList<>();
    String service;
    try (JarFile jar = new JarFile(pluginJar.toFile())) {
      Collections.list(jar.entries()).stream().map(JarEntry::getName)
          .filter(name -> name.endsWith(".class")).forEach(classes::add);
      service = new String(jar.getInputStream(jar.getEntry(SERVICE)).readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(classes).isNotEmpty().allMatch(name -> name.startsWith("org/spinecode/examples/rfa/"));
    assertThat(service.strip()).isEqualTo(RadiofrequencyAblationPlugin.class.getName());
  }

  @Test
  void the_distribution_jar_does_not_carry_the_example_family() throws IOException {
    try (JarFile jar = new JarFile(cli.toFile())) {
      assertThat(Collections.list(jar.entries())).extracting(JarEntry::getName)
          .noneMatch(name -> name.startsWith("org/spinecode/examples/"));
      String service = new String(jar.getInputStream(jar.getEntry(SERVICE)).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(service).doesNotContain(RadiofrequencyAblationPlugin.class.getName());
    }
  }

  private Path folderWith(Path jar) throws IOException {
    Path folder = Files.createDirectories(work.resolve("plugins"));
    Files.copy(jar, folder.resolve(jar.getFileName()));
    return folder;
  }

  /** Runs the shaded CLI with a clean plugins environment, feeding {@code stdin}. */
  private Run spinecode(Map<String, String> env, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", cli.toString()));
    command.addAll(List.of(args));
    Path out = work.resolve("stdout-" + System.nanoTime());
    Path err = work.resolve("stderr-" + System.nanoTime());
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> environment = builder.environment();
    environment.remove("SPINECODE_PLUGINS_DIR");
    environment.putAll(env);
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    // A guard against a hung child, not a performance check.
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("spinecode " + command + " did not finish");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static JsonNode plugin(JsonNode plugins, String id) {
    for (JsonNode plugin : plugins) {
      if (plugin.path("id").asText().equals(id)) {
        return plugin;
      }
    }
    throw new AssertionError("no plugin " + id + " in " + plugins);
  }

  private static List<JsonNode> ndjson(String out) throws IOException {
    List<JsonNode> results = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        results.add(JSON.readTree(line));
      }
    }
    return results;
  }

  /** Lines as "code [modifiers] xunits", modifiers in claim order. */
  private static List<String> lines(JsonNode result) {
    List<String> lines = new ArrayList<>();
    for (JsonNode line : result.path("lines")) {
      lines.add(line.path("code").asText() + " " + texts(line.path("modifiers")) + " x" + line.path("units").asInt());
    }
    return lines;
  }

  /** The WARNING and ERROR rule ids, as the conformance harness compares them. */
  private static TreeSet<String> rules(JsonNode result) {
    TreeSet<String> rules = new TreeSet<>();
    for (JsonNode finding : result.path("findings")) {
      if (!finding.path("severity").asText().equals("INFO")) {
        rules.add(finding.path("rule").asText());
      }
    }
    return rules;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  /** What a finished process left. */
  private record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }
}
