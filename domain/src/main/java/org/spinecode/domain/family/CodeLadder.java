package org.spinecode.domain.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * The primary code and its add-ons for one region. The distinct levels of the region are counted
 * once across both sides, head to tail (CMS Provider Compliance Newsletter Jan 2015; A57787: a
 * bilateral level is one level; the AAPC examples take the most cephalad level first): the first
 * level takes the first rung, the second level the second rung, and the last rung every remaining
 * level. Each level then carries the sides it was done on, one service per side, so modifier 50
 * can only ever join the two sides of one level. A last rung counted {@link Quantity#ONCE_PER_SESSION}
 * (64492, 64495, 0215T, 0218T) is one unit for all the remaining levels, carrying every side found
 * among them: one service per such side, each covering all those levels. A level named twice on a
 * side counts once (CPT: per level, not per injection).
 */
public final class CodeLadder {
  private static final Side[] SIDES = Side.values();
  private static final Comparator<Placement> HEAD_TO_TAIL_THEN_INPUT_ORDER = (a, b) -> {
    int order = a.level().compareTo(b.level());
    return order != 0 ? order : Integer.compare(a.order(), b.order());
  };

  private final List<CodeDefinition> rungs;

  private CodeLadder(List<CodeDefinition> rungs) {
    if (rungs.isEmpty()) {
      throw new IllegalArgumentException("a ladder needs at least its primary code");
    }
    this.rungs = List.copyOf(rungs);
  }

  public static CodeLadder of(CodeDefinition primary, CodeDefinition... addOns) {
    List<CodeDefinition> rungs = new ArrayList<>();
    rungs.add(primary);
    rungs.addAll(List.of(addOns));
    return new CodeLadder(rungs);
  }

  public List<CodeDefinition> rungs() {
    return rungs;
  }

  /** Codes the placements of any sides, counted in {@code region} by payer limits. */
  public List<CodedService> climb(List<Placement> placements, Region region) {
    Placement[] sorted = placements.toArray(new Placement[0]);
    Arrays.sort(sorted, HEAD_TO_TAIL_THEN_INPUT_ORDER);
    SpinalLevel[] levels = new SpinalLevel[sorted.length];
    int count = 0;
    for (Placement placement : sorted) {
      if (count == 0 || levels[count - 1] != placement.level()) {
        levels[count++] = placement.level();
      }
    }
    List<CodedService> services = new ArrayList<>(2 * count);
    int last = rungs.size() - 1;
    for (int position = 0; position < count; position++) {
      CodeDefinition rung = rungs.get(Math.min(position, last));
      boolean rest = position >= last && rung.quantity() == Quantity.ONCE_PER_SESSION;
      int end = rest ? count : position + 1;
      List<SpinalLevel> covered = rest ? List.of(Arrays.copyOfRange(levels, position, end)) : List.of(levels[position]);
      for (Side side : SIDES) {
        addService(services, rung, side, covered, sorted, region);
      }
      if (rest) {
        break;
      }
    }
    return services;
  }

  /**
   * One unit of {@code code} on {@code side} covering {@code levels}, if any of them was done on
   * that side; its purpose and order are those of the earliest such placement in input order. The
   * levels are consecutive among the distinct levels climbed, so a placement is among them when its
   * level lies between their first and last.
   */
  private static void addService(List<CodedService> services, CodeDefinition code, Side side,
      List<SpinalLevel> levels, Placement[] sorted, Region region) {
    SpinalLevel head = levels.get(0);
    SpinalLevel tail = levels.get(levels.size() - 1);
    Placement first = null;
    for (Placement placement : sorted) {
      SpinalLevel level = placement.level();
      if (placement.side() == side && level.compareTo(head) >= 0 && level.compareTo(tail) <= 0
          && (first == null || placement.order() < first.order())) {
        first = placement;
      }
    }
    if (first != null) {
      services.add(ImmutableCodedService.of(code, side, levels, first.purpose(), region, first.order()));
    }
  }
}
