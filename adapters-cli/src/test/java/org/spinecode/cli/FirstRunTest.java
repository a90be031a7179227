package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a new user meets first: help that is whole and examples that exist. */
class FirstRunTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void every_path_in_the_code_help_examples_exists() {
    String help = Cli.run("code", "--help").out();

    Matcher paths = Pattern.compile("spinecode code (?:--format \\w+ < )?(\\S+\\.(?:json|ndjson|csv))").matcher(help);
    int found = 0;
    while (paths.find()) {
      found++;
      assertThat(PROJECT.resolve(paths.group(1))).as(paths.group(1)).exists();
    }
    assertThat(found).isPositive();
  }

  @Test
  void the_root_help_gives_every_command_a_whole_sentence() {
    String help = Cli.run("--help").out();
    String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes"));

    for (String command : new String[] {"code", "explain", "codes", "plugins", "serve"}) {
      Matcher entry = Pattern.compile("\\n  " + command + " +(.+?)(?=\\n  \\S|\\n\\n|$)", Pattern.DOTALL).matcher(commands);
      assertThat(entry.find()).as(command).isTrue();
      assertThat(entry.group(1).strip()).as(command).endsWith(".");
    }
  }

  @Test
  void codes_accepts_the_other_names_a_family_goes_by() {
    Cli cli = Cli.run("codes", "--family", "mbb");

    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("64493");
  }

  @Test
  void the_launcher_script_finds_its_jar_through_a_symlink_and_announces_the_first_run() throws Exception {
    String script = Files.readString(PROJECT.resolve("bin/spinecode"));

    assertThat(script).contains("readlink -f").contains("preparing a start-up archive");
  }
}
