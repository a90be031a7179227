package org.spinecode.domain.encounter;

/**
 * Place of service.
 */
public enum Setting {
  OFFICE, ASC, HOSPITAL_OUTPATIENT;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens. */
  public static Setting parse(String text) {
    return Enums.parse(Setting.class, text);
  }
}
