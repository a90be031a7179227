package org.spinecode.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.spinecode.rest.wire.DataView;
import org.spinecode.rest.wire.DataView.TableView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The reference data in use: every loaded table with its source, quarter or version and row count. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Lists the loaded reference tables (code dates, NCCI PTP/MUE/add-on, fee-schedule indicators)"
        + " with their source, quarter or version and row count; --data-dir loads newer CMS files.")
final class DataCommand implements Callable<Integer> {
  @ParentCommand
  SpineCodeCommand root;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", paramLabel = "OUTPUT", description = "${COMPLETION-CANDIDATES} (default: table).")
  ListingFormat output = ListingFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    DataView view = ProductViews.data(root.services().installation());
    PrintWriter out = spec.commandLine().getOut();
    if (output.printedAsJson(out, root.services().codec(), view)) {
      return ExitCodes.OK;
    }
    out.println("data version: " + view.dataVersion());
    out.println(String.format("%-30s %-12s %7s  %s", "TABLE", "VERSION", "ROWS", "SOURCE"));
    for (TableView table : view.tables()) {
      out.println(String.format("%-30s %-12s %7d  %s", table.name(), table.version(), table.rows(), table.source()));
    }
    return ExitCodes.OK;
  }
}
