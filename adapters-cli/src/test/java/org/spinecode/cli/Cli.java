package org.spinecode.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.spinecode.cli.launch.Launcher;

/** Runs the real command line in memory. */
record Cli(int exit, String out, String err) {

  static Cli piped(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Launcher.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(exit, out.toString(), err.toString());
  }

  static Cli run(String... args) {
    return piped("", args);
  }
}
