package org.spinecode.domain.family;

import java.util.ArrayList;
import java.util.Arrays;
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
  private static final SpinalLevel[] LEVELS = SpinalLevel.values();
  /** Each level as a list of one, shared by every service of one level: most services cover one. */
  private static final List<List<SpinalLevel>> ONE_LEVEL = Arrays.stream(LEVELS).map(List::of).toList();

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

  /**
   * Codes the placements of any sides, counted in {@code region} by payer limits. The distinct
   * levels are the bits of a {@code long} by ordinal, so they come head to tail without a sort.
   */
  public List<CodedService> climb(List<Placement> placements, Region region) {
    long distinct = 0;
    for (int i = 0; i < placements.size(); i++) {
      distinct |= 1L << placements.get(i).level().ordinal();
    }
    List<CodedService> services = new ArrayList<>(2 * Long.bitCount(distinct));
    int last = rungs.size() - 1;
    long left = distinct;
    for (int position = 0; left != 0; position++) {
      CodeDefinition rung = rungs.get(Math.min(position, last));
      boolean rest = position >= last && rung.quantity() == Quantity.ONCE_PER_SESSION;
      long covered = rest ? left : Long.lowestOneBit(left);
      List<SpinalLevel> levels = Long.bitCount(covered) == 1
          ? ONE_LEVEL.get(Long.numberOfTrailingZeros(covered)) : levels(covered);
      for (Side side : SIDES) {
        addService(services, rung, side, levels, covered, placements, region);
      }
      left &= ~covered;
    }
    return services;
  }

  /** The levels whose ordinals are the bits, head to tail. */
  private static List<SpinalLevel> levels(long bits) {
    SpinalLevel[] levels = new SpinalLevel[Long.bitCount(bits)];
    int count = 0;
    for (long rest = bits; rest != 0; rest &= rest - 1) {
      levels[count++] = LEVELS[Long.numberOfTrailingZeros(rest)];
    }
    return List.of(levels);
  }

  /**
   * One unit of {@code code} on {@code side} covering {@code levels} (the bits of {@code covered}),
   * if any of them was done on that side; its purpose and order are those of the earliest such
   * placement in input order.
   */
  private static void addService(List<CodedService> services, CodeDefinition code, Side side,
      List<SpinalLevel> levels, long covered, List<Placement> placements, Region region) {
    Placement first = null;
    for (int i = 0; i < placements.size(); i++) {
      Placement placement = placements.get(i);
      if (placement.side() == side && (covered & 1L << placement.level().ordinal()) != 0
          && (first == null || placement.order() < first.order())) {
        first = placement;
      }
    }
    if (first != null) {
      services.add(ImmutableCodedService.of(code, side, levels, first.purpose(), region, first.order()));
    }
  }
}
