package org.spinecode.rest.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * Gives every exchange a request id (the caller's {@code X-Request-Id} when it is a plain token,
 * else a new one) and logs one line per exchange: id, method, path, status, latency, and what the
 * handler chose to add (codes and rule ids of the results). Nothing from a request body is logged:
 * bodies carry patient care details, and ids or levels would let a log reader link a line to a
 * patient.
 */
final class AccessLog {
  static final String HEADER = "X-Request-Id";
  private static final String ID = "spinecode.requestId";
  private static final String OUTCOME = "spinecode.outcome";
  private static final int MAX_PATH = 200;
  private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

  // A random prefix per process and a counter: unique enough to find a line, and cheaper under
  // load than UUID.randomUUID(), which draws from the shared SecureRandom.
  private final String prefix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
  private final AtomicLong counter = new AtomicLong();

  /** Runs before every handler. */
  void assignId(Context ctx) {
    String given = ctx.header(HEADER);
    String id = isToken(given) ? given : newId();
    ctx.attribute(ID, id);
    ctx.header(HEADER, id);
  }

  /** A fresh id, also for answers the container gives before any handler runs. */
  String newId() {
    return prefix + "-" + Long.toString(counter.incrementAndGet(), 36);
  }

  static String id(Context ctx) {
    return ctx.attribute(ID);
  }

  /** What the log line says about the outcome; never anything the caller sent. */
  static void outcome(Context ctx, String summary) {
    ctx.attribute(OUTCOME, summary);
  }

  /** The results the request produced; the log line names their codes and rule ids. */
  static void results(Context ctx, List<ResultJson> results) {
    ctx.attribute(OUTCOME, results);
  }

  /** Javalin's request logger: called once the response is done. */
  void log(Context ctx, Float millis) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    StringBuilder line = new StringBuilder(160)
        .append("request=").append((String) ctx.attribute(ID))
        .append(" method=").append(ctx.method().name())
        .append(" path=");
    appendPrintable(line, ctx.path());
    line.append(" status=").append(ctx.statusCode())
        .append(" ms=").append(Math.round(millis * 100) / 100.0);
    Object outcome = ctx.attribute(OUTCOME);
    if (outcome instanceof String summary) {
      line.append(' ').append(summary);
    } else if (outcome instanceof List<?> results) {
      appendResults(line, results);
    }
    LOG.info(line.toString());
  }

  /** Codes and rule ids: what the engine decided, never what the caller sent. */
  private static void appendResults(StringBuilder line, List<?> results) {
    // Most requests carry one result with a handful of lines: small lists beat sorted sets here.
    List<String> codes = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    int refused = 0;
    for (Object item : results) {
      ResultJson result = (ResultJson) item;
      if (result.error() != null) {
        refused++;
        continue;
      }
      for (LineJson claimLine : result.lines()) {
        addOnce(codes, claimLine.code());
      }
      for (FindingJson finding : result.findings()) {
        addOnce(rules, finding.rule());
      }
    }
    if (results.size() != 1) {
      line.append(" records=").append(results.size()).append(" refused=").append(refused);
      Collections.sort(codes);
      Collections.sort(rules);
    }
    line.append(" codes=").append(String.join(",", codes)).append(" rules=").append(String.join(",", rules));
  }

  private static void addOnce(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  private static boolean isToken(String text) {
    if (text == null || text.isEmpty() || text.length() > 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '_' || c == '.' || c == ':')) {
        return false;
      }
    }
    return true;
  }

  // A path is the caller's text: keep a log line one line, and bounded.
  private static void appendPrintable(StringBuilder line, String text) {
    int end = Math.min(text.length(), MAX_PATH);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      line.append(c > ' ' && c < 127 ? c : '?');
    }
    if (text.length() > MAX_PATH) {
      line.append("...");
    }
  }
}
