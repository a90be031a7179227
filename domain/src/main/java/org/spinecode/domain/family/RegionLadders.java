package org.spinecode.domain.family;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.policy.ThoracolumbarJunction;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/** A family's code ladder for each code region; placements climb the ladder of their level's region. */
public final class RegionLadders {
  private final Map<Region, CodeLadder> ladders = new EnumMap<>(Region.class);

  private RegionLadders(CodeLadder cervicalThoracic, CodeLadder lumbarSacral) {
    ladders.put(Region.CERVICAL_THORACIC, cervicalThoracic);
    ladders.put(Region.LUMBAR_SACRAL, lumbarSacral);
  }

  public static RegionLadders of(CodeLadder cervicalThoracic, CodeLadder lumbarSacral) {
    return new RegionLadders(cervicalThoracic, lumbarSacral);
  }

  public CodeLadder ladder(Region region) {
    return ladders.get(region);
  }

  /** Codes placements region by region (cervical/thoracic first), each side on its own. */
  public List<CodedService> climb(List<Placement> placements) {
    Region only = soleRegion(placements);
    if (only != null) {
      return ladders.get(only).climbEachSide(placements, only);
    }
    Map<Region, List<Placement>> byRegion = byRegion(placements);
    List<CodedService> services = new ArrayList<>();
    for (Map.Entry<Region, List<Placement>> region : byRegion.entrySet()) {
      services.addAll(ladders.get(region.getKey()).climbEachSide(region.getValue(), region.getKey()));
    }
    return services;
  }

  /** The region of every placement, or null when they differ or there are none. */
  private static Region soleRegion(List<Placement> placements) {
    Region only = placements.isEmpty() ? null : placements.get(0).level().region();
    for (int i = 1; i < placements.size() && only != null; i++) {
      if (placements.get(i).level().region() != only) {
        only = null;
      }
    }
    return only;
  }

  /**
   * Codes placements with T12-L1 moved into the lumbar region: on each side whose levels include
   * T12-L1, {@code fromJunction} is climbed (T12-L1 on its first rung, the lumbar add-ons after);
   * other sides climb the lumbar ladder. Every lumbar service counts in the lumbar region. This is
   * Medicare's thoracolumbar-junction billing (CGS A58364); the plugin decides when it applies.
   */
  public List<CodedService> climbJoiningJunction(List<Placement> placements, CodeLadder fromJunction) {
    List<Placement> upper = new ArrayList<>();
    Map<Side, List<Placement>> lumbarBySide = new EnumMap<>(Side.class);
    for (Placement placement : placements) {
      if (placement.level().region() == Region.LUMBAR_SACRAL || placement.level() == SpinalLevel.T12_L1) {
        lumbarBySide.computeIfAbsent(placement.side(), s -> new ArrayList<>()).add(placement);
      } else {
        upper.add(placement);
      }
    }
    List<CodedService> services = new ArrayList<>(
        ladder(Region.CERVICAL_THORACIC).climbEachSide(upper, Region.CERVICAL_THORACIC));
    for (Map.Entry<Side, List<Placement>> side : lumbarBySide.entrySet()) {
      boolean fromT12 = false;
      for (Placement placement : side.getValue()) {
        fromT12 |= placement.level() == SpinalLevel.T12_L1;
      }
      CodeLadder ladder = fromT12 ? fromJunction : ladder(Region.LUMBAR_SACRAL);
      services.addAll(ladder.climb(side.getKey(), side.getValue(), Region.LUMBAR_SACRAL));
    }
    return services;
  }

  /**
   * True when the payer's thoracolumbar-junction rule is in force for the session and the session
   * spans T12-L1 and L1-L2: then {@link #climbJoiningJunction} applies.
   */
  public static boolean joinsThoracolumbarJunction(ThoracolumbarJunction rule, Session session,
      List<Placement> placements) {
    return rule.appliesTo(session.payer(), session.dateOfService()) && spanThoracolumbarJunction(placements);
  }

  /** True when the placements include both T12-L1 and L1-L2, on any side. */
  public static boolean spanThoracolumbarJunction(List<Placement> placements) {
    boolean junction = false;
    boolean firstLumbar = false;
    for (Placement placement : placements) {
      junction |= placement.level() == SpinalLevel.T12_L1;
      firstLumbar |= placement.level() == SpinalLevel.L1_L2;
    }
    return junction && firstLumbar;
  }

  /** Placements grouped by their level's code region. */
  public static Map<Region, List<Placement>> byRegion(List<Placement> placements) {
    Map<Region, List<Placement>> byRegion = new EnumMap<>(Region.class);
    for (Placement placement : placements) {
      byRegion.computeIfAbsent(placement.level().region(), r -> new ArrayList<>()).add(placement);
    }
    return byRegion;
  }
}
