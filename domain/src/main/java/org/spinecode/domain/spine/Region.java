package org.spinecode.domain.spine;

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

  /** Plain words for messages: "cervical/thoracic". */
  public String words() {
    return words;
  }
}
