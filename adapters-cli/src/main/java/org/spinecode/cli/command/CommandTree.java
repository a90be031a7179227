package org.spinecode.cli.command;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The tree of commands under {@link SpineCodeCommand}. picocli builds each command's model by
 * reflection over its annotations, all of them up front: about a tenth of a second of CPU for the
 * subcommands a run does not use. So a command line that starts with a subcommand's name gets that
 * subcommand only; everything after the name is that subcommand's to parse (subcommands do not
 * repeat), so it parses, answers and fails exactly as in the whole tree. Any other command line
 * (none, a global option first, {@code --help}, a misspelt name) gets the whole tree, and so does
 * {@code generate-completion}, whose script lists every command.
 */
public final class CommandTree {
  /** In the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      CodeCommand.class,
      CheckCommand.class,
      ExplainCommand.class,
      CodesCommand.class,
      PluginsCommand.class,
      DataCommand.class,
      ServeCommand.class,
      AutoComplete.GenerateCompletion.class);

  private CommandTree() {}

  /** The commands this command line can reach, before any setting is applied (settings reach the subcommands present). */
  public static CommandLine of(SpineCodeCommand root, String... args) {
    CommandLine tree = new CommandLine(root);
    Class<?> named = args.length == 0 ? null : named(args[0]);
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (named == null || named == subcommand) {
        tree.addSubcommand(subcommand);
      }
    }
    return tree;
  }

  private static Class<?> named(String arg) {
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (subcommand != AutoComplete.GenerateCompletion.class
          && subcommand.getAnnotation(Command.class).name().equals(arg)) {
        return subcommand;
      }
    }
    return null;
  }
}
