package org.spinecode.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output and standard error are terminals, which decides table output and progress. */
public record Terminal(boolean out, boolean err) {

  /** Neither stream is a terminal: in-memory runs and pipes. */
  public static final Terminal NONE = new Terminal(false, false);

  /** Looks at this process's file descriptors 1 and 2 (Linux /proc; elsewhere falls back to the console). */
  public static Terminal detect() {
    return new Terminal(isTerminal(1), isTerminal(2));
  }

  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }
}
