package org.spinecode.domain;

/**
 * The one exception for input that cannot describe a real session. It names the offending field
 * by its path in the encounter (for example {@code procedures[0].targets[1].level}) so every
 * adapter can report it without guessing. It carries no stack trace: bad input is an expected
 * outcome, not a bug, and batch runs may see millions of them.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  public InvalidInputException(String field, String reason) {
    super(field.isEmpty() ? reason : field + ": " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
  }

  /** Used by generated value classes when a required attribute is missing. */
  public InvalidInputException(String reason) {
    this("", reason);
  }

  /** The path of the offending field, empty when the whole record is at fault. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field path. */
  public String reason() {
    return reason;
  }

  /** The same problem seen from an enclosing object: {@code level} under {@code targets[1]}. */
  public InvalidInputException within(String parent) {
    if (field.isEmpty()) {
      return new InvalidInputException(parent, reason);
    }
    return new InvalidInputException(
        parent + (field.startsWith("[") ? "" : ".") + field, reason);
  }
}
