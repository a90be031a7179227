package org.spinecode.domain.encounter;

/**
 * How an epidural needle reaches the epidural space; a caudal entry needs no target level.
 */
public enum Approach {
  INTERLAMINAR, CAUDAL;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens. */
  public static Approach parse(String text) {
    return Enums.parse(Approach.class, text);
  }
}
