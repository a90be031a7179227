package org.spinecode.cli.command;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The write-failure policy every output shares (standard output in any format, the audit report):
 * a write that fails stops the run with a message naming the output and the reason (exit 4),
 * because results that were not written are lost. Only a reader that went away, as {@code head}
 * does once it has its lines, ends the run quietly, the way grep and jq end (exit 141, a shell's
 * status for a process ended by SIGPIPE).
 *
 * <p>Outputs are wrapped with {@link #guarded}, whose failures are unchecked so that they pass
 * through {@link java.io.PrintWriter}, which would otherwise swallow them.
 */
public final class OutputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** 128 + SIGPIPE. */
  public static final int READER_GONE_EXIT = 141;

  private final boolean readerGone;

  private OutputFailure(String message, boolean readerGone, IOException cause) {
    super(message, cause, false, false);
    this.readerGone = readerGone;
  }

  /** {@code out}, whose write, flush and close failures become an {@link OutputFailure} naming {@code name}. */
  public static OutputStream guarded(OutputStream out, String name) {
    return new Guarded(out, name);
  }

  /** The output failure that caused {@code failure}, or null (a serializer may have wrapped it). */
  public static OutputFailure causing(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutputFailure output) {
        return output;
      }
    }
    return null;
  }

  /** The output is a pipe whose reader closed it: nothing more is wanted, so nothing is said. */
  public boolean readerGone() {
    return readerGone;
  }

  /** The exit code of the run. */
  public int exitCode() {
    return readerGone ? READER_GONE_EXIT : ExitCodes.INTERNAL;
  }

  static OutputFailure of(String name, IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new OutputFailure("cannot write " + name + ": " + reason, brokenPipe(reason), e);
  }

  // Java reports EPIPE only by its text: "Broken pipe" on Linux and macOS, "The pipe ..." on Windows.
  private static boolean brokenPipe(String reason) {
    return reason.contains("Broken pipe") || reason.contains("The pipe is being closed")
        || reason.contains("The pipe has been ended");
  }

  private static final class Guarded extends FilterOutputStream {
    private final String name;

    Guarded(OutputStream out, String name) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) {
      try {
        out.write(b);
      } catch (IOException e) {
        throw of(name, e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw of(name, e);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw of(name, e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw of(name, e);
      }
    }
  }
}
