package org.spinecode.domain.family;

import java.util.Objects;
import java.util.Optional;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * One level on one side of a session, with the purpose of the procedure that placed it. Written
 * out rather than generated: it keeps the procedure's {@code Optional} purpose as given, where a
 * generated value would make a new one on every read, and the ladders read it for every service.
 */
public final class Placement {
  private final SpinalLevel level;
  private final Side side;
  private final Optional<Purpose> purpose;
  private final int order;

  private Placement(SpinalLevel level, Side side, Optional<Purpose> purpose, int order) {
    this.level = Objects.requireNonNull(level, "level");
    this.side = Objects.requireNonNull(side, "side");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.order = order;
  }

  @SuppressWarnings("unchecked")
  public static Placement of(SpinalLevel level, Side side, Optional<? extends Purpose> purpose, int order) {
    return new Placement(level, side, (Optional<Purpose>) purpose, order);
  }

  public SpinalLevel level() {
    return level;
  }

  public Side side() {
    return side;
  }

  public Optional<Purpose> purpose() {
    return purpose;
  }

  /** Input order: procedures first, then targets within them. */
  public int order() {
    return order;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Placement other && level == other.level && side == other.side
        && purpose.equals(other.purpose) && order == other.order;
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, side, purpose, order);
  }

  @Override
  public String toString() {
    return "Placement{level=" + level + ", side=" + side + purpose.map(p -> ", purpose=" + p).orElse("")
        + ", order=" + order + "}";
  }
}
