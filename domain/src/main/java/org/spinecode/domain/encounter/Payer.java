package org.spinecode.domain.encounter;

/**
 * Which coverage policies and claim conventions apply. {@code MEDICARE} is traditional
 * fee-for-service; Medicare Advantage plans behave like {@code COMMERCIAL}.
 */
public enum Payer {
  MEDICARE, COMMERCIAL;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens. */
  public static Payer parse(String text) {
    return Enums.parse(Payer.class, text);
  }
}
