package org.spinecode.domain.spine;

import java.util.List;
import java.util.Locale;
import org.spinecode.domain.InvalidInputException;

/** The side a target was treated on, as the caller states it. */
public enum Laterality {
  LEFT(List.of(Side.LEFT)),
  RIGHT(List.of(Side.RIGHT)),
  BILATERAL(List.of(Side.RIGHT, Side.LEFT));

  private final List<Side> sides;

  Laterality(List<Side> sides) {
    this.sides = sides;
  }

  /** Reads LEFT, RIGHT or BILATERAL, forgiving case; also the claim abbreviations LT, RT and 50. */
  public static Laterality valueOfLenient(String text) {
    String key = text == null ? "" : text;
    if (!key.equals("LEFT") && !key.equals("RIGHT") && !key.equals("BILATERAL")) {
      key = key.strip().toUpperCase(Locale.ROOT);
    }
    switch (key) {
      case "LEFT": case "LT": case "L":
        return LEFT;
      case "RIGHT": case "RT": case "R":
        return RIGHT;
      case "BILATERAL": case "BOTH": case "50":
        return BILATERAL;
      default:
        throw new InvalidInputException("", "'" + text + "' is not one of LEFT, RIGHT, BILATERAL");
    }
  }

  /** The sides counted: both for {@link #BILATERAL}, since levels are counted per side. */
  public List<Side> sides() {
    return sides;
  }
}
