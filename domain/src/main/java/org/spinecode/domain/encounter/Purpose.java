package org.spinecode.domain.encounter;

/**
 * Why the procedure was done. Medicare's KX modifier and the facet frequency bucket depend on
 * it, so it is never guessed.
 */
public enum Purpose {
  DIAGNOSTIC, THERAPEUTIC;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens. */
  public static Purpose parse(String text) {
    return Enums.parse(Purpose.class, text);
  }
}
