package org.spinecode.rest.http;

/**
 * Ends a request with a problem response. Expected, like bad input, so it carries no stack trace.
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;
  private final String detail;
  private final String field;

  ProblemException(ProblemKind kind, String detail, String field) {
    super(kind.code, null, false, false);
    this.kind = kind;
    this.detail = detail;
    this.field = field;
  }

  ProblemException(ProblemKind kind, String detail) {
    this(kind, detail, null);
  }

  ProblemKind kind() {
    return kind;
  }

  String detail() {
    return detail;
  }

  String field() {
    return field;
  }
}
