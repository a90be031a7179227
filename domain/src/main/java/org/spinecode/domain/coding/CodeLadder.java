package org.spinecode.domain.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    Map<Side, List<Placement>> bySide = new EnumMap<>(Side.class);
    for (Placement placement : placements) {
      bySide.computeIfAbsent(placement.side(), s -> new ArrayList<>()).add(placement);
    }
    List<CodedService> services = new ArrayList<>();
    for (Map.Entry<Side, List<Placement>> side : bySide.entrySet()) {
      services.addAll(climb(side.getKey(), side.getValue(), region));
    }
    return services;
  }

  /** Codes the placements of one side. */
  public List<CodedService> climb(Side side, List<Placement> placements, Region region) {
    Map<SpinalLevel, Placement> firstAtLevel = new EnumMap<>(SpinalLevel.class);
    for (Placement placement : placements) {
      Placement seen = firstAtLevel.get(placement.level());
      if (seen == null || placement.order() < seen.order()) {
        firstAtLevel.put(placement.level(), placement);
      }
    }
    List<Placement> levels = new ArrayList<>(firstAtLevel.values());
    List<CodedService> services = new ArrayList<>();
    int last = rungs.size() - 1;
    for (int position = 0; position < levels.size(); position++) {
      CodeDefinition rung = rungs.get(Math.min(position, last));
      if (position >= last && rung.quantity() == Quantity.ONCE_PER_SESSION) {
        services.add(service(rung, side, levels.subList(position, levels.size()), region));
        break;
      }
      services.add(service(rung, side, levels.subList(position, position + 1), region));
    }
    return services;
  }

  private static CodedService service(
      CodeDefinition code, Side side, List<Placement> covered, Region region) {
    CodedService.Builder service = CodedService.builder().code(code).side(side).region(region);
    int order = Integer.MAX_VALUE;
    Optional<Purpose> purpose = Optional.empty();
    for (Placement placement : covered) {
      service.addLevels(placement.level());
      if (placement.order() < order) {
        order = placement.order();
        purpose = placement.purpose();
      }
    }
    return service.order(order).purpose(purpose).build();
  }
}
