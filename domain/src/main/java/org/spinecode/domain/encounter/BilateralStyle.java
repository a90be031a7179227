package org.spinecode.domain.encounter;

/**
 * How a service done on both sides goes on the claim. {@code TWO_UNITS}: one line per code
 * with both sides' units added and no side modifier.
 */
public enum BilateralStyle {
  MODIFIER_50, RT_LT_LINES, TWO_UNITS;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens. */
  public static BilateralStyle parse(String text) {
    return Enums.parse(BilateralStyle.class, text);
  }
}
