package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Modifier;

/**
 * The claim lines the engine has built, kept by shape: code definition, modifiers, units and
 * levels decide a line whole. A clinic's claims repeat a few shapes and a line is immutable, so
 * results share it rather than build it and copy its lists again; up to {@link #KEPT} shapes are
 * kept, as the code notes keep their findings.
 */
final class KeptLines {
  static final int KEPT = 4_096;
  private static final Modifier[] MODIFIERS = Modifier.values();

  private final Map<Shape, ClaimLine> kept = new ConcurrentHashMap<>();

  /**
   * The line of {@code units} units of {@code code} with the modifiers whose ordinals are the bits
   * of {@code modifiers} (so in claim order) over the levels of {@link LevelBits} {@code levels}.
   */
  ClaimLine line(CodeDefinition code, int modifiers, int units, long levels) {
    Shape shape = new Shape(code, modifiers, units, levels);
    ClaimLine line = kept.get(shape);
    if (line == null) {
      line = ClaimLine.of(code.code(), modifiers(modifiers), units, code.label(), LevelBits.labels(levels));
      if (kept.size() < KEPT) {
        kept.putIfAbsent(shape, line);
      }
    }
    return line;
  }

  /** The bit of a modifier in a line's modifier set; 0 for none. */
  static int bit(Modifier modifier) {
    return modifier == null ? 0 : 1 << modifier.ordinal();
  }

  private static List<Modifier> modifiers(int bits) {
    List<Modifier> modifiers = new ArrayList<>(Integer.bitCount(bits));
    for (int rest = bits; rest != 0; rest &= rest - 1) {
      modifiers.add(MODIFIERS[Integer.numberOfTrailingZeros(rest)]);
    }
    return modifiers;
  }

  /** A line's shape; the definition compared by identity, as the catalogue holds one per code. */
  private static final class Shape {
    private final CodeDefinition code;
    private final int modifiers;
    private final int units;
    private final long levels;

    Shape(CodeDefinition code, int modifiers, int units, long levels) {
      this.code = code;
      this.modifiers = modifiers;
      this.units = units;
      this.levels = levels;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Shape && ((Shape) o).code == code && ((Shape) o).modifiers == modifiers
          && ((Shape) o).units == units && ((Shape) o).levels == levels;
    }

    @Override
    public int hashCode() {
      return (31 * (31 * System.identityHashCode(code) + modifiers) + units) * 31 + Long.hashCode(levels);
    }
  }
}
