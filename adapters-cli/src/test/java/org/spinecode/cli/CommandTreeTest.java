package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinecode.cli.command.CommandTree;
import org.spinecode.cli.command.SpineCodeCommand;
import org.spinecode.cli.command.Terminal;
import picocli.CommandLine;

class CommandTreeTest {

  @Test
  void a_command_line_naming_a_subcommand_builds_that_one_only_with_the_same_options_and_help() {
    Map<String, CommandLine> whole = tree().getSubcommands();
    assertThat(whole).containsKeys("code", "check", "explain", "codes", "plugins", "data", "serve",
        "generate-completion");

    for (String name : whole.keySet()) {
      if (name.equals("generate-completion")) {
        continue;
      }
      Map<String, CommandLine> named = tree(name, "--help").getSubcommands();
      assertThat(named).containsOnlyKeys(name);
      CommandLine.Model.CommandSpec alone = named.get(name).getCommandSpec();
      CommandLine.Model.CommandSpec inWhole = whole.get(name).getCommandSpec();
      assertThat(alone.options()).extracting(CommandLine.Model.OptionSpec::longestName)
          .containsExactlyElementsOf(inWhole.options().stream().map(CommandLine.Model.OptionSpec::longestName).toList());
      assertThat(named.get(name).getUsageMessage()).isEqualTo(whole.get(name).getUsageMessage());
    }
  }

  @Test
  void any_other_command_line_gets_the_whole_tree() {
    int all = tree().getSubcommands().size();

    assertThat(tree("--debug", "code").getSubcommands()).hasSize(all);
    assertThat(tree("--help").getSubcommands()).hasSize(all);
    assertThat(tree("cod").getSubcommands()).hasSize(all);
    // its script completes every command
    assertThat(tree("generate-completion").getSubcommands()).hasSize(all);
  }

  private static CommandLine tree(String... args) {
    return CommandTree.of(new SpineCodeCommand(startup -> {
      throw new AssertionError("no command runs here");
    }, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), Terminal.NONE), args);
  }
}
