package org.spinecode.domain.encounter;

import java.util.Map;

/**
 * Place of service.
 */
public enum Setting {
  OFFICE, ASC, HOSPITAL_OUTPATIENT;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens, and common other names. */
  public static Setting parse(String text) {
    return Enums.parse(Setting.class, text, Aliases.MAP);
  }

  private static final class Aliases {
    static final Map<String, Setting> MAP =
      Map.of("HOPD", HOSPITAL_OUTPATIENT, "OUTPATIENT_HOSPITAL", HOSPITAL_OUTPATIENT,
      "AMBULATORY_SURGERY_CENTER", ASC, "CLINIC", OFFICE);
  }
}
