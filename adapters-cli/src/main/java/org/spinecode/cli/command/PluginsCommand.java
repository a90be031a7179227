package org.spinecode.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinecode.rest.wire.PluginView;
import org.spinecode.rest.wire.PluginView.ClaimView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The installed families: id, version, jar, and what each accepts. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "Lists the installed procedure-family plugins, the jar each came from and what it accepts.")
final class PluginsCommand implements Callable<Integer> {
  @ParentCommand
  SpineCodeCommand root;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", paramLabel = "OUTPUT", description = "${COMPLETION-CANDIDATES} (default: table).")
  ListingFormat output = ListingFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    List<PluginView> plugins = PluginViews.of(root.services().registry());
    PrintWriter out = spec.commandLine().getOut();
    if (output.printedAsJson(out, root.services().codec(), plugins)) {
      return ExitCodes.OK;
    }
    for (PluginView plugin : plugins) {
      out.println(plugin.id() + " " + plugin.version() + "  " + plugin.summary());
      for (ClaimView claim : plugin.accepts()) {
        out.println("  accepts: " + claim.family() + " with " + String.join(", ", claim.guidance())
            + (claim.aliases().isEmpty() ? "" : " (also called " + String.join(", ", claim.aliases()) + ")"));
      }
      out.println("  codes:   " + String.join(" ", plugin.codes()));
      out.println("  jar:     " + plugin.location());
    }
    return ExitCodes.OK;
  }
}
