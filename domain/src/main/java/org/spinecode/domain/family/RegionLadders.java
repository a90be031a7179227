package org.spinecode.domain.family;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.spinecode.domain.policy.ThoracolumbarJunction;
import org.spinecode.domain.spine.Region;
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

  /** Codes placements region by region (cervical/thoracic first). */
  public List<CodedService> climb(List<Placement> placements) {
    Region only = soleRegion(placements);
    if (only != null) {
      return ladders.get(only).climb(placements, only);
    }
    Map<Region, List<Placement>> byRegion = byRegion(placements);
    List<CodedService> services = new ArrayList<>();
    for (Map.Entry<Region, List<Placement>> region : byRegion.entrySet()) {
      services.addAll(ladders.get(region.getKey()).climb(region.getValue(), region.getKey()));
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
   * Codes placements with T12-L1 moved into the lumbar region: T12-L1 and the lumbar levels climb
   * {@code fromJunction} together (T12-L1 on its first rung, the lumbar add-ons after), counted
   * once across both sides, and every service counts in the lumbar region. This is Medicare's
   * thoracolumbar-junction billing (CGS A58364); {@link #joinsThoracolumbarJunction} says when it
   * applies.
   */
  public List<CodedService> climbJoiningJunction(List<Placement> placements, CodeLadder fromJunction) {
    return fromJunction.climb(placements, Region.LUMBAR_SACRAL);
  }

  /**
   * True when the payer's thoracolumbar-junction rule is in force for the session and the session
   * spans T12-L1 and L1-L2: then {@link #climbJoiningJunction} applies.
   */
  public static boolean joinsThoracolumbarJunction(ThoracolumbarJunction rule, Session session,
      List<Placement> placements) {
    return rule.appliesTo(session.payer(), session.dateOfService()) && spanThoracolumbarJunction(placements);
  }

  /** As above, for a rule that may not be in force at all (no row in the policy tables): then CPT's regions apply. */
  public static boolean joinsThoracolumbarJunction(Optional<ThoracolumbarJunction> rule, Session session,
      List<Placement> placements) {
    return rule.isPresent() && joinsThoracolumbarJunction(rule.get(), session, placements);
  }

  /**
   * True when the placements include T12-L1 and L1-L2, on any side, and no other cervical or
   * thoracic level. A58364 was written for T12-L1 with L1-L2; with a thoracic level above T12-L1
   * the junction billing would put a second unit of the cervical/thoracic primary on a side, so
   * CPT's regions apply then (the product's reading, docs/CODING-RULES.md).
   */
  public static boolean spanThoracolumbarJunction(List<Placement> placements) {
    boolean junction = false;
    boolean firstLumbar = false;
    for (Placement placement : placements) {
      SpinalLevel level = placement.level();
      if (level.region() == Region.CERVICAL_THORACIC && level != SpinalLevel.T12_L1) {
        return false;
      }
      junction |= level == SpinalLevel.T12_L1;
      firstLumbar |= level == SpinalLevel.L1_L2;
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
