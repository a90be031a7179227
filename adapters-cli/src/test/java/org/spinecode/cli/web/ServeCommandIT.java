package org.spinecode.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar serves: started as an operator would, it prints its address, answers, lists the
 * four shipped families from inside the jar, checks a claim as {@code spinecode check} does, and
 * stops cleanly on SIGTERM.
 */
class ServeCommandIT {
  private static final Pattern ADDRESS = Pattern.compile("serving on (http://\\S+/) ");

  @Test
  void the_shaded_jar_serves_until_sigterm_and_then_stops_cleanly() throws Exception {
    Path jar = Path.of(System.getProperty("spinecode.jar", "target/spinecode.jar"));
    assertThat(jar).exists();
    Path err = Files.createTempFile("spinecode-serve-", ".err");
    // The launcher's class is named, not the manifest's Main-Class, so this checks the jar's contents.
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar.toString(), "org.spinecode.cli.launch.Launcher", "serve", "--port", "0")
        .redirectError(err.toFile())
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).as(Files.readString(err)).isNotNull();
      Matcher address = ADDRESS.matcher(first);
      assertThat(address.find()).as(first).isTrue();
      URI base = URI.create(address.group(1));

      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> ready = client.send(HttpRequest.newBuilder(base.resolve("/ready")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> plugins = client.send(HttpRequest.newBuilder(base.resolve("/v1/plugins")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("/api/swagger-ui-bundle.js")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(plugins.body()).contains("\"FACET\"", "\"INTERLAMINAR\"", "\"TRANSFORAMINAL\"");
      assertThat(page.statusCode()).isEqualTo(200);
      Path claim = Path.of("../examples/claims/nerves-as-levels.json");
      HttpResponse<String> checked = client.send(HttpRequest.newBuilder(base.resolve("/v1/check"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(claim)).build(),
          HttpResponse.BodyHandlers.ofString());
      Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", jar.toString(), "check", claim.toString(), "--output", "json").redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String printed = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
      // POST /v1/check answers what spinecode check prints for the same claim.
      ObjectMapper json = new ObjectMapper();
      assertThat(json.readTree(checked.body())).isEqualTo(json.readTree(printed));
      assertThat(json.readTree(checked.body()).path("check").path("verdict").asText()).isEqualTo("DIFFERS");

      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      List<String> log = Files.readAllLines(err);
      assertThat(String.join("\n", log)).contains("RestServer - stopped").doesNotContain("Exception");
      assertThat(process.exitValue()).isIn(0, 143);
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(err);
    }
  }
}
