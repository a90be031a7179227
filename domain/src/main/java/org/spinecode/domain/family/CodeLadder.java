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
 * The primary code and its add-ons for one region, climbed level by level on each side: the
 * first distinct level (head to tail) takes the first rung, the second level the second rung, and
 * the last rung takes every remaining level, one unit each ({@link Quantity#PER_LEVEL}) or one unit
 * for all ({@link Quantity#ONCE_PER_SESSION}, as 64492 and 64495). Levels are counted per side: a
 * level named twice on a side counts once (CPT: per level, not per injection).
 */
public final class CodeLadder {
  /** In declaration order, as an EnumMap of sides would iterate. */
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

  /** Codes placements of any sides, each side on its own. */
  public List<CodedService> climbEachSide(List<Placement> placements, Region region) {
    Side only = soleSide(placements);
    if (only != null) {
      return climb(only, placements, region);
    }
    List<CodedService> services = new ArrayList<>();
    for (Side side : SIDES) {
      List<Placement> onSide = new ArrayList<>(placements.size());
      for (Placement placement : placements) {
        if (placement.side() == side) {
          onSide.add(placement);
        }
      }
      if (!onSide.isEmpty()) {
        services.addAll(climb(side, onSide, region));
      }
    }
    return services;
  }

  /** The side every placement is on, or null when they differ or there are none. */
  private static Side soleSide(List<Placement> placements) {
    Side only = placements.isEmpty() ? null : placements.get(0).side();
    for (int i = 1; i < placements.size() && only != null; i++) {
      if (placements.get(i).side() != only) {
        only = null;
      }
    }
    return only;
  }

  /** Codes the placements of one side. */
  public List<CodedService> climb(Side side, List<Placement> placements, Region region) {
    List<Placement> levels = firstAtEachLevel(placements);
    List<CodedService> services = new ArrayList<>(levels.size());
    int last = rungs.size() - 1;
    for (int position = 0; position < levels.size(); position++) {
      CodeDefinition rung = rungs.get(Math.min(position, last));
      if (position >= last && rung.quantity() == Quantity.ONCE_PER_SESSION) {
        services.add(service(rung, side, levels, position, levels.size(), region));
        break;
      }
      services.add(service(rung, side, levels, position, position + 1, region));
    }
    return services;
  }

  /**
   * Head to tail, one placement per level: the one from the earliest target (the first of equals),
   * since a level named twice on a side counts once. Sorting a copy of the few placements costs
   * less than a map over every spinal level.
   */
  private static List<Placement> firstAtEachLevel(List<Placement> placements) {
    List<Placement> sorted = new ArrayList<>(placements);
    sorted.sort(HEAD_TO_TAIL_THEN_INPUT_ORDER);
    int kept = 0;
    for (Placement placement : sorted) {
      if (kept == 0 || sorted.get(kept - 1).level() != placement.level()) {
        sorted.set(kept++, placement);
      }
    }
    sorted.subList(kept, sorted.size()).clear();
    return sorted;
  }

  private static CodedService service(CodeDefinition code, Side side, List<Placement> levels,
      int from, int to, Region region) {
    List<SpinalLevel> covered = new ArrayList<>(to - from);
    int order = Integer.MAX_VALUE;
    Optional<Purpose> purpose = Optional.empty();
    for (int i = from; i < to; i++) {
      Placement placement = levels.get(i);
      covered.add(placement.level());
      if (placement.order() < order) {
        order = placement.order();
        purpose = placement.purpose();
      }
    }
    return ImmutableCodedService.of(code, side, covered, purpose, region, order);
  }
}
