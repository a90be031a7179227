package org.spinecode.domain.encounter;

/**
 * Imaging guidance used for the procedure.
 */
public enum Guidance {
  NONE, FLUOROSCOPY, CT, ULTRASOUND;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens. */
  public static Guidance parse(String text) {
    return Enums.parse(Guidance.class, text);
  }
}
