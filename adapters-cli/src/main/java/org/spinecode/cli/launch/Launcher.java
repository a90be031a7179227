package org.spinecode.cli.launch;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import org.spinecode.cli.command.ExitCodes;
import org.spinecode.cli.command.SpineCodeCommand;
import org.spinecode.cli.command.Terminal;
import org.spinecode.plugin.PluginLoadException;
import org.spinecode.plugin.data.DataLoadException;
import picocli.CommandLine;

/** The {@code spinecode} executable. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int exit = execute(args, System.in, stdout, out, err, Terminal.detect());
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /** Runs a command line against the given streams, none of them a terminal; returns the exit code. */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return execute(args, in, new WriterOutputStream(out), out, err, Terminal.NONE);
  }

  static int execute(String[] args, InputStream in, OutputStream stdout, PrintWriter out, PrintWriter err,
      Terminal terminal) {
    SpineCodeCommand root = new SpineCodeCommand(dirs -> new GuiceServices(dirs.plugins(), dirs.data()), in, stdout, terminal);
    CommandLine commandLine = new CommandLine(root)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd, root.debug()));
    commandLine.getCommandSpec().exitCodeOnUsageHelp();
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    return commandLine.execute(args);
  }

  private static int failure(Exception e, CommandLine command, boolean debug) {
    PrintWriter err = command.getErr();
    if (e instanceof DataLoadException) {
      err.println("spinecode: cannot load reference data: " + e.getMessage());
      err.flush();
      return ExitCodes.PLUGIN_FAILURE;
    }
    if (e instanceof PluginLoadException) {
      err.println("spinecode: " + e.getMessage());
      err.flush();
      return ExitCodes.PLUGIN_FAILURE;
    }
    if (e instanceof CommandLine.ParameterException) {
      err.println("spinecode: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    err.println("spinecode: " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + (debug ? "" : " (rerun with --debug for details)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
