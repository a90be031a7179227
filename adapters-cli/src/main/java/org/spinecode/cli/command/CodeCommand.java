package org.spinecode.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "code", mixinStandardHelpOptions = true)
final class CodeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.INTERNAL;
  }
}
