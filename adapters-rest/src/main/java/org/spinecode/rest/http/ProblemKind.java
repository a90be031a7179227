package org.spinecode.rest.http;

/**
 * Every problem the server reports, with its status, RFC 9457 type and title. Types of plain HTTP
 * failures are {@code about:blank} with the status phrase as title, as RFC 9457 asks; our own are
 * URNs, stable identifiers that need no web site to stay true.
 */
enum ProblemKind {
  /** The body is not JSON, or its JSON does not have the shape of an encounter. */
  UNREADABLE_INPUT(400, "urn:spinecode:problem:unreadable-input",
      "The request body is not a readable encounter", "INVALID_INPUT"),
  /** Well-formed JSON that cannot describe a real session. */
  INVALID_INPUT(422, "urn:spinecode:problem:invalid-input", "The encounter is not valid", "INVALID_INPUT"),
  UNREADABLE_BATCH(400, "urn:spinecode:problem:unreadable-batch",
      "The request body is not a readable batch of encounters", "INVALID_INPUT"),
  BATCH_TOO_LARGE(413, "urn:spinecode:problem:batch-too-large",
      "Too many encounters in one batch", "BATCH_TOO_LARGE"),
  /** A claim format was asked for that cannot carry this claim or this answer (X12 and an 837I claim). */
  NOT_ACCEPTABLE(406, "urn:spinecode:problem:not-acceptable",
      "The answer cannot be written in the format asked for", "NOT_ACCEPTABLE"),
  UNKNOWN_CODE(404, "urn:spinecode:problem:unknown-code", "No such code", "UNKNOWN_CODE"),
  BAD_REQUEST(400, "about:blank", "Bad Request", "BAD_REQUEST"),
  /** With {@code serve --api-keys}: no key, or not one of them. */
  UNAUTHORIZED(401, "about:blank", "Unauthorized", "UNAUTHORIZED"),
  NOT_FOUND(404, "about:blank", "Not Found", "NOT_FOUND"),
  METHOD_NOT_ALLOWED(405, "about:blank", "Method Not Allowed", "METHOD_NOT_ALLOWED"),
  REQUEST_TIMEOUT(408, "about:blank", "Request Timeout", "REQUEST_TIMEOUT"),
  BODY_TOO_LARGE(413, "about:blank", "Content Too Large", "BODY_TOO_LARGE"),
  UNSUPPORTED_MEDIA_TYPE(415, "about:blank", "Unsupported Media Type", "UNSUPPORTED_MEDIA_TYPE"),
  NOT_READY(503, "about:blank", "Service Unavailable", "NOT_READY"),
  INTERNAL(500, "about:blank", "Internal Server Error", "INTERNAL");

  final int status;
  final String type;
  final String title;
  final String code;

  ProblemKind(int status, String type, String title, String code) {
    this.status = status;
    this.type = type;
    this.title = title;
    this.code = code;
  }

  Problem with(String detail, String field, String requestId) {
    return new Problem(type, title, status, detail, code, field == null || field.isEmpty() ? null : field, requestId);
  }

  /** The kind for a plain HTTP status raised by the framework or the container. */
  static ProblemKind forStatus(int status) {
    for (ProblemKind kind : values()) {
      if (kind.status == status && "about:blank".equals(kind.type)) {
        return kind;
      }
    }
    // Whatever else the container refuses (505, 431, 414) is about how the request was sent.
    return status == 500 ? INTERNAL : BAD_REQUEST;
  }
}
