package org.spinecode.domain.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Purpose;
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
    List<Placement> sorted = new ArrayList<>(placements);
    sorted.sort(HEAD_TO_TAIL_THEN_INPUT_ORDER);
    List<SpinalLevel> levels = distinctLevels(sorted);
    List<CodedService> services = new ArrayList<>(levels.size() + 1);
    int last = rungs.size() - 1;
    for (int position = 0; position < levels.size(); position++) {
      CodeDefinition rung = rungs.get(Math.min(position, last));
      if (position >= last && rung.quantity() == Quantity.ONCE_PER_SESSION) {
        List<SpinalLevel> rest = levels.subList(position, levels.size());
        for (Side side : SIDES) {
          addService(services, rung, side, rest, sorted, region);
        }
        break;
      }
      List<SpinalLevel> level = List.of(levels.get(position));
      for (Side side : SIDES) {
        addService(services, rung, side, level, sorted, region);
      }
    }
    return services;
  }

  private static List<SpinalLevel> distinctLevels(List<Placement> sorted) {
    List<SpinalLevel> levels = new ArrayList<>(sorted.size());
    for (Placement placement : sorted) {
      if (levels.isEmpty() || levels.get(levels.size() - 1) != placement.level()) {
        levels.add(placement.level());
      }
    }
    return levels;
  }

  /**
   * One unit of {@code code} on {@code side} covering {@code levels}, if any of them was done on
   * that side; its purpose and order are those of the earliest such placement in input order.
   */
  private static void addService(List<CodedService> services, CodeDefinition code, Side side,
      List<SpinalLevel> levels, List<Placement> sorted, Region region) {
    Placement first = null;
    for (Placement placement : sorted) {
      if (placement.side() == side && levels.contains(placement.level())
          && (first == null || placement.order() < first.order())) {
        first = placement;
      }
    }
    if (first != null) {
      Optional<Purpose> purpose = first.purpose();
      services.add(ImmutableCodedService.of(code, side, levels, purpose, region, first.order()));
    }
  }
}
