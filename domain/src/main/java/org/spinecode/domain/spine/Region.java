package org.spinecode.domain.spine;

import java.util.Locale;
import org.spinecode.domain.InvalidInputException;

/**
 * The two code regions of the spinal injection codes. CPT splits each family into a cervical or
 * thoracic code and a lumbar or sacral code; CMS billing article A58993 uses the same split as
 * the "anatomic spinal region" for epidural session limits.
 */
public enum Region {
  CERVICAL_THORACIC("cervical/thoracic"),
  LUMBAR_SACRAL("lumbar/sacral");

  private final String words;

  Region(String words) {
    this.words = words;
  }

  /**
   * Reads CERVICAL_THORACIC or LUMBAR_SACRAL, forgiving case and separators; a single region word
   * (CERVICAL, THORACIC, LUMBAR, SACRAL) names the code region it belongs to.
   */
  public static Region parse(String text) {
    String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_')
        .replace('-', '_');
    switch (key) {
      case "CERVICAL_THORACIC": case "CERVICAL": case "THORACIC":
        return CERVICAL_THORACIC;
      case "LUMBAR_SACRAL": case "LUMBAR": case "SACRAL": case "LUMBOSACRAL":
        return LUMBAR_SACRAL;
      default:
        throw new InvalidInputException("", "'" + text + "' is not one of CERVICAL_THORACIC, LUMBAR_SACRAL");
    }
  }

  /** Plain words for messages: "cervical/thoracic". */
  public String words() {
    return words;
  }
}
