package org.spinecode.domain.spine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.spinecode.domain.InvalidInputException;

/**
 * A nerve blocked or ablated for facet-joint pain: a medial branch named by its spinal nerve,
 * the third occipital nerve ({@code TON}), the L5 dorsal ramus ({@code L5}) or the S1 dorsal ramus
 * ({@code S1}). Declared from head to tail: each joint is supplied by two neighbours in this
 * order (see {@link FacetJoints}).
 */
public enum MedialBranch {
  TON, C3, C4, C5, C6, C7, C8,
  T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12,
  L1, L2, L3, L4, L5,
  S1;

  private static final Map<String, MedialBranch> BY_NAME = new HashMap<>();

  static {
    for (MedialBranch nerve : values()) {
      BY_NAME.put(nerve.name(), nerve);
    }
  }

  /** Reads a nerve name, forgiving case and spacing. */
  public static MedialBranch parse(String text) {
    if (text == null) {
      throw new InvalidInputException("", "a nerve name is required, such as L3 or TON");
    }
    MedialBranch found = BY_NAME.get(text);
    if (found != null) {
      return found;
    }
    String compact = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    found = BY_NAME.get(compact);
    if (found != null) {
      return found;
    }
    if (compact.equals("C2") || compact.equals("C1")) {
      throw new InvalidInputException("", "'" + text + "' supplies no facet joint code: the C2-C3 joint"
          + " is blocked through the third occipital nerve (TON) and C3");
    }
    throw new InvalidInputException("", "unknown nerve '" + text
        + "': use TON, C3-C8, T1-T12, L1-L5 (L5 = the L5 dorsal ramus) or S1");
  }
}
