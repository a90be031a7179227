package org.spinecode.domain.encounter;

import java.util.Map;

/**
 * Imaging guidance used for the procedure.
 */
public enum Guidance {
  NONE, FLUOROSCOPY, CT, ULTRASOUND;

  /** Reads the contract's UPPER_SNAKE_CASE value, forgiving case, spaces and hyphens, and common other names. */
  public static Guidance parse(String text) {
    return Enums.parse(Guidance.class, text, Aliases.MAP);
  }

  private static final class Aliases {
    static final Map<String, Guidance> MAP =
      Map.of("FLUORO", FLUOROSCOPY, "FLUOROSCOPIC", FLUOROSCOPY, "CT_GUIDED", CT,
      "US", ULTRASOUND, "ULTRASOUND_GUIDED", ULTRASOUND, "UNGUIDED", NONE, "NO_IMAGING", NONE, "LANDMARK", NONE);
  }
}
