package org.spinecode.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem detail as sent with {@code application/problem+json} (RFC 9457): the standard
 * members, plus {@code code} (stable, for programs), {@code field} (the path of the offending
 * input, when there is one) and {@code requestId} (the {@code X-Request-Id} of the exchange, to
 * find it in the server log).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code,
    String field, String requestId) {

  /** The media type of a problem body. */
  public static final String MEDIA_TYPE = "application/problem+json";
}
