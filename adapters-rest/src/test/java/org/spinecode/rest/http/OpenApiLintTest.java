package org.spinecode.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document passes Redocly's lint with its recommended rules (security declared on
 * every operation, servers listed, a 4xx response for each operation, examples that match their
 * schemas, ...). Needs Node's {@code npx}, which fetches the pinned Redocly CLI once and caches
 * it; without npx, or without the network to fetch it, the test is skipped and says why.
 */
class OpenApiLintTest {
  /** Pinned, so a new rule in a later release cannot fail a build nobody changed. */
  private static final String REDOCLY = "@redocly/cli@2.77.0";

  @Test
  void the_document_passes_redocly_lint_with_the_recommended_rules(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("npx"), "skipped: npx (Node.js) is not on the PATH, so Redocly's lint cannot run");
    Path document = dir.resolve("openapi.json");
    try (InputStream in = OpenApiLintTest.class.getResourceAsStream("/org/spinecode/rest/http/page/openapi.json")) {
      Files.copy(in, document, StandardCopyOption.REPLACE_EXISTING);
    }
    Path output = dir.resolve("lint.txt");
    Process lint = new ProcessBuilder(List.of("npx", "--yes", REDOCLY, "lint", "--extends", "recommended",
        "--format", "stylish", document.toString()))
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assumeTrue(lint.waitFor(5, TimeUnit.MINUTES), "skipped: Redocly did not finish within 5 minutes");
    String report = Files.readString(output, StandardCharsets.UTF_8);
    assumeTrue(lint.exitValue() == 0 || report.contains("validating"),
        "skipped: npx could not fetch " + REDOCLY + " (offline?):\n" + report);

    assertThat(lint.exitValue()).as(report).isZero();
    assertThat(report).as(report).doesNotContain("error ");
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
  }
}
