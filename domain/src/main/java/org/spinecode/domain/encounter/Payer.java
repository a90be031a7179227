package org.spinecode.domain.encounter;

import java.util.Map;

/**
 * Which coverage policies and claim conventions apply. {@code MEDICARE} is traditional
 * fee-for-service; Medicare Advantage plans behave like {@code COMMERCIAL}.
 */
public enum Payer {
  MEDICARE, COMMERCIAL;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens, and common other names. */
  public static Payer parse(String text) {
    return Enums.parse(Payer.class, text, Aliases.MAP);
  }

  private static final class Aliases {
    static final Map<String, Payer> MAP =
      // The contract: Medicare Advantage plans behave like commercial payers.
      Map.of("MEDICARE_ADVANTAGE", COMMERCIAL, "MA", COMMERCIAL, "TRADITIONAL_MEDICARE", MEDICARE);
  }
}
