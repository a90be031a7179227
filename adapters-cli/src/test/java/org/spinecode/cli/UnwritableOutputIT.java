package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecode.cli.command.ExitCodes;

/**
 * Results that cannot be written are an error naming the output and the reason (a full disk is
 * Linux's /dev/full), in every output format; a reader that stops reading, as {@code head} does,
 * ends the run quietly. Runs the shaded jar, since only a real process has a real standard output.
 */
class UnwritableOutputIT {
  private static final Path JAR = Path.of(System.getProperty("spinecode.jar", "target/spinecode.jar"));
  private static final File FULL = new File("/dev/full");

  @TempDir
  static Path dir;
  private static Path day;

  @BeforeAll
  static void manyEncounters() throws Exception {
    List<String> records = Files.readAllLines(Path.of("../examples/encounters/day.ndjson")).stream()
        .filter(line -> !line.isBlank()).toList();
    day = dir.resolve("day.ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(day, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 3000; i++) {
        out.write(records.get(i % records.size()));
        out.write('\n');
      }
    }
  }

  @ParameterizedTest(name = "--output {0}")
  @ValueSource(strings = {"json", "ndjson", "csv", "table"})
  void a_full_disk_names_standard_output_and_the_reason_and_exits_4(String output) throws Exception {
    assumeTrue(FULL.canWrite(), "needs Linux's /dev/full");
    ProcessBuilder run = spinecode("code", day.toString(), "--output", output).redirectOutput(FULL);

    Process process = run.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(err).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err).contains("cannot write standard output: No space left on device")
        .doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest(name = "--output {0}")
  @ValueSource(strings = {"ndjson", "table"})
  void a_reader_that_stops_after_one_line_ends_the_run_quietly(String output) throws Exception {
    Process process = spinecode("code", day.toString(), "--output", output).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isNotBlank();
    }
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(err).as("nothing said about the closed pipe").isEmpty();
    assertThat(process.exitValue()).as("128 + SIGPIPE, as a shell reports grep after head").isEqualTo(141);
  }

  private static ProcessBuilder spinecode(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("SPINECODE_PLUGINS_DIR");
    builder.environment().remove("SPINECODE_DATA_DIR");
    return builder;
  }
}
