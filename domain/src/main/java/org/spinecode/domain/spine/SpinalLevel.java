package org.spinecode.domain.spine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.spinecode.domain.InvalidInputException;

/**
 * A place on the spine that a spinal injection is counted at: an adjacent segment (the
 * interspace, foramen or facet joint between two vertebrae, such as {@code L4-L5}), a sacral
 * foramen ({@code S1} to {@code S4}, transforaminal only), or the sacral hiatus that a caudal
 * epidural enters through. Declared from head to tail, so natural order is anatomical order.
 */
public enum SpinalLevel {
  C1_C2("C1-C2"), C2_C3("C2-C3"), C3_C4("C3-C4"), C4_C5("C4-C5"), C5_C6("C5-C6"),
  C6_C7("C6-C7"), C7_T1("C7-T1"),
  T1_T2("T1-T2"), T2_T3("T2-T3"), T3_T4("T3-T4"), T4_T5("T4-T5"), T5_T6("T5-T6"),
  T6_T7("T6-T7"), T7_T8("T7-T8"), T8_T9("T8-T9"), T9_T10("T9-T10"), T10_T11("T10-T11"),
  T11_T12("T11-T12"), T12_L1("T12-L1"),
  L1_L2("L1-L2"), L2_L3("L2-L3"), L3_L4("L3-L4"), L4_L5("L4-L5"), L5_S1("L5-S1"),
  S1("S1"), S2("S2"), S3("S3"), S4("S4"),
  SACRAL_HIATUS("sacral hiatus");

  private static final Map<String, SpinalLevel> BY_LABEL = new HashMap<>();

  static {
    for (SpinalLevel level : values()) {
      if (level != SACRAL_HIATUS) {
        BY_LABEL.put(level.label, level);
      }
    }
  }

  private final String label;

  SpinalLevel(String label) {
    this.label = label;
  }

  /** The label coders write: {@code L4-L5}, {@code S1}. */
  public String label() {
    return label;
  }

  /**
   * The code region. The thoracolumbar junction T12-L1 belongs with the thoracic codes (CPT
   * region split; for interlaminar work CPT Assistant Dec 2005 puts T12-L1 with the cervical/thoracic
   * code, and one contractor's example, A58993, names 64479 for a T12-L1 TFESI); sacral sites go with
   * the lumbar codes.
   */
  public Region region() {
    return compareTo(T12_L1) <= 0 ? Region.CERVICAL_THORACIC : Region.LUMBAR_SACRAL;
  }

  /** True for the sacral foramina S1-S4, which only a transforaminal injection can target. */
  public boolean isSacralForamen() {
    return this == S1 || this == S2 || this == S3 || this == S4;
  }

  /** True for the segments C1-C2 to L5-S1 between two vertebrae. */
  public boolean isSegment() {
    return compareTo(L5_S1) <= 0;
  }

  /**
   * Reads a level as coders write it. Case and spacing are forgiven, a slash may stand for the
   * hyphen, and the second letter may be left out when it repeats the first ({@code L4-5}).
   *
   * @throws InvalidInputException naming no field (the caller adds the path)
   */
  public static SpinalLevel parse(String text) {
    if (text == null) {
      throw new InvalidInputException("", "a spinal level is required, such as L4-L5 or S1");
    }
    SpinalLevel found = BY_LABEL.get(text);
    if (found != null) {
      return found;
    }
    String compact = text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace('/', '-');
    found = BY_LABEL.get(compact);
    if (found == null) {
      found = BY_LABEL.get(expandShorthand(compact));
    }
    if (found == null && compact.matches("[CTL]\\d{1,2}")) {
      throw new InvalidInputException("", "'" + text + "' names a vertebra; name the segment, such as "
          + compact + "-" + next(compact) + " (a transforaminal level is the foramen below the vertebra)");
    }
    if (found == null) {
      throw new InvalidInputException("", "unknown spinal level '" + text
          + "': use an adjacent segment from C1-C2 to L5-S1 (such as L4-L5) or a sacral foramen S1-S4");
    }
    return found;
  }

  private static String next(String vertebra) {
    for (SpinalLevel level : values()) {
      if (level.label.startsWith(vertebra + "-")) {
        return level.label.substring(vertebra.length() + 1);
      }
    }
    return "?";
  }

  private static String expandShorthand(String compact) {
    int dash = compact.indexOf('-');
    if (dash < 2 || dash == compact.length() - 1 || !Character.isDigit(compact.charAt(dash + 1))) {
      return compact;
    }
    return compact.substring(0, dash + 1) + compact.charAt(0) + compact.substring(dash + 1);
  }

  @Override
  public String toString() {
    return label;
  }
}
