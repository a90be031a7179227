package org.spinecode.domain.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.spine.Region;

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

  /** Placements grouped by their level's code region. */
  public static Map<Region, List<Placement>> byRegion(List<Placement> placements) {
    Map<Region, List<Placement>> byRegion = new EnumMap<>(Region.class);
    for (Placement placement : placements) {
      byRegion.computeIfAbsent(placement.level().region(), r -> new ArrayList<>()).add(placement);
    }
    return byRegion;
  }
}
