package org.spinecode.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "codes", mixinStandardHelpOptions = true)
final class CodesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.INTERNAL;
  }
}
