package org.spinecode.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the REST server lands. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the REST API and the coder's page.")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.INTERNAL;
  }
}
