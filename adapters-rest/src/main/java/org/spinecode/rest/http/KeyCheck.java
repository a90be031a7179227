package org.spinecode.rest.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Set;

/**
 * With API keys, every request but the probes and the pages must carry {@code Authorization:
 * Bearer KEY} for one of them; otherwise 401 with {@code WWW-Authenticate}. The probes stay open so
 * an orchestrator needs no key, and the pages hold nothing but what the jar ships (the page asks
 * for a key when the API wants one). A key never reaches the log.
 */
final class KeyCheck implements Handler {
  private static final Set<String> OPEN = Set.of("/health", "/ready", "/openapi.json", "/", "/api");
  private static final String CHALLENGE = "Bearer realm=\"spinecode\"";

  private final ApiKeys keys;

  KeyCheck(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public void handle(Context ctx) {
    String path = ctx.path();
    if (OPEN.contains(path) || path.startsWith("/assets/") || path.startsWith("/api/")) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", CHALLENGE);
      throw new ProblemException(ProblemKind.UNAUTHORIZED, "this server wants an API key: send 'Authorization: Bearer KEY'");
    }
    int space = header.indexOf(' ');
    boolean bearer = space > 0 && header.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer");
    if (!bearer || !keys.accepts(header.substring(space + 1).strip())) {
      ctx.header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
      throw new ProblemException(ProblemKind.UNAUTHORIZED, bearer ? "the API key is not one this server accepts"
          : "send the key as 'Authorization: Bearer KEY'");
    }
  }
}
