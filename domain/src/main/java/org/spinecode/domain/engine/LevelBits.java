package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * A set of spinal levels as the bits of a {@code long}, by ordinal: what an EnumSet holds, without
 * the set object and its iterator on the per-line path.
 */
final class LevelBits {
  private static final SpinalLevel[] LEVELS = SpinalLevel.values();

  static {
    if (LEVELS.length > Long.SIZE) {
      throw new ExceptionInInitializerError("more spinal levels than bits in a long: " + LEVELS.length);
    }
  }

  private LevelBits() {}

  static long of(List<SpinalLevel> levels) {
    long bits = 0;
    for (int i = 0; i < levels.size(); i++) {
      bits |= 1L << levels.get(i).ordinal();
    }
    return bits;
  }

  /** The levels' labels, head to tail. */
  static List<String> labels(long bits) {
    List<String> labels = new ArrayList<>(Long.bitCount(bits));
    for (long rest = bits; rest != 0; rest &= rest - 1) {
      labels.add(LEVELS[Long.numberOfTrailingZeros(rest)].label());
    }
    return labels;
  }
}
