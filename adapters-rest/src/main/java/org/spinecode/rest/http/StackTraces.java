package org.spinecode.rest.http;

/**
 * Stack traces for the log without exception messages: a message may quote the request body,
 * which must never reach a log, while the classes and frames are what finding a bug needs.
 */
final class StackTraces {
  private static final int MAX_FRAMES = 40;

  private StackTraces() {}

  static String withoutMessages(Throwable thrown) {
    StringBuilder trace = new StringBuilder(1024);
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 8; t = t.getCause(), depth++) {
      trace.append(depth == 0 ? "" : "\ncaused by: ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
        trace.append("\n\tat ").append(frames[i]);
      }
      if (frames.length > MAX_FRAMES) {
        trace.append("\n\t... ").append(frames.length - MAX_FRAMES).append(" more");
      }
    }
    return trace.toString();
  }
}
