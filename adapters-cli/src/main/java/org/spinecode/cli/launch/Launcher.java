package org.spinecode.cli.launch;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.function.Function;
import org.spinecode.cli.command.CommandTree;
import org.spinecode.cli.command.ExitCodes;
import org.spinecode.cli.command.InputProblem;
import org.spinecode.cli.command.OutputFailure;
import org.spinecode.cli.command.Services;
import org.spinecode.cli.command.Startup;
import org.spinecode.cli.command.SpineCodeCommand;
import org.spinecode.cli.command.Terminal;
import org.spinecode.plugin.host.PluginLoadException;
import org.spinecode.plugin.data.DataLoadException;
import picocli.CommandLine;

/** The {@code spinecode} executable. */
public final class Launcher {
  private Launcher() {}

  /** Guice's switch for the classes it generates to call constructors and {@code @Provides} methods. */
  static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";

  public static void main(String[] args) {
    // Generating those classes (ASM, about 60 classes loaded) costs more at every start than the few
    // calls they speed up, each made once a run; reflection does them. A -D given to java still wins.
    if (System.getProperty(GUICE_BYTECODE_GEN) == null) {
      System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
    }
    // Guarded, so a full disk or a closed pipe is reported (or ends the run quietly) instead of
    // vanishing inside PrintWriter.
    OutputStream stdout = OutputFailure.guarded(new FileOutputStream(FileDescriptor.out), "standard output");
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int exit;
    try {
      exit = execute(args, System.in, stdout, out, err, Terminal.detect());
    } catch (OutputFailure e) {
      exit = outputFailed(e, "spinecode", err);
    }
    try {
      out.flush();
    } catch (OutputFailure e) {
      // Once: a run that already failed to write has said so.
      if (exit == ExitCodes.OK || exit == ExitCodes.RECORD_ERRORS) {
        exit = outputFailed(e, "spinecode", err);
      }
    }
    err.flush();
    System.exit(exit);
  }

  /** Runs a command line against the given streams, none of them a terminal; returns the exit code. */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return execute(args, in, new WriterOutputStream(out), out, err, Terminal.NONE);
  }

  static int execute(String[] args, InputStream in, OutputStream stdout, PrintWriter out, PrintWriter err,
      Terminal terminal) {
    return execute(args, in, stdout, out, err, terminal, startup -> new GuiceServices(startup));
  }

  /** Runs a command line over the given wiring (tests use it to install plugins of their own). */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err,
      Function<Startup, Services> wiring) {
    return execute(args, in, new WriterOutputStream(out), out, err, Terminal.NONE, wiring);
  }

  private static int execute(String[] args, InputStream in, OutputStream stdout, PrintWriter out, PrintWriter err,
      Terminal terminal, Function<Startup, Services> wiring) {
    SpineCodeCommand root = new SpineCodeCommand(wiring, in, stdout, terminal);
    CommandLine commandLine = CommandTree.of(root, args)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd, root.debug()));
    commandLine.getCommandSpec().exitCodeOnUsageHelp();
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // Out of memory outside any one record (the records already coded were written): one line, no trace.
      return failure(e, commandLine, root.debug());
    }
  }

  private static int failure(Throwable e, CommandLine command, boolean debug) {
    PrintWriter err = command.getErr();
    OutputFailure output = OutputFailure.causing(e);
    if (output != null) {
      return outputFailed(output, "spinecode " + command.getCommandName(), err);
    }
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
    if (e instanceof InputProblem) {
      err.println("spinecode " + command.getCommandName() + ": " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    if (e instanceof CommandLine.ParameterException) {
      err.println("spinecode: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    // The message may quote the input: the type is what to report.
    err.println("spinecode: unexpected failure: " + e.getClass().getName()
        + (debug ? "" : " (rerun with --debug for the stack trace)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  private static int outputFailed(OutputFailure e, String who, PrintWriter err) {
    if (!e.readerGone()) {
      err.println(who + ": " + e.getMessage());
      err.flush();
    }
    return e.exitCode();
  }
}
