package org.spinecode.domain.encounter;

import java.util.Map;

/**
 * Imaging guidance used for the procedure.
 */
public enum Guidance {
  NONE, FLUOROSCOPY, CT, ULTRASOUND;

  /** True for fluoroscopy and CT: the imaging the injection codes name together. */
  public boolean isFluoroscopyOrCt() {
    return this == FLUOROSCOPY || this == CT;
  }

  /**
   * Of two guidances in one session, the one that decides the codes: fluoroscopy or CT over
   * ultrasound over none; between fluoroscopy and CT, the first.
   */
  public Guidance strongest(Guidance other) {
    return other.strength() > strength() ? other : this;
  }

  private int strength() {
    return isFluoroscopyOrCt() ? 2 : this == ULTRASOUND ? 1 : 0;
  }

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
