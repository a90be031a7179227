package org.spinecode.domain.encounter;

/**
 * Whose claim is being coded: the physician's, or the ASC's or hospital's own.
 */
public enum ClaimType {
  PROFESSIONAL, FACILITY;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens. */
  public static ClaimType parse(String text) {
    return Enums.parse(ClaimType.class, text);
  }
}
