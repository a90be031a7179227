package org.spinecode.plugins.ultrasound;

import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.PlacementRules;
import org.spinecode.domain.family.RegionLadders;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.spine.FacetJoints;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.FamilyContext;

/**
 * Codes ultrasound-guided sessions with the same counting as the fluoroscopic families: joints
 * (not nerves) for facet work, foramina for transforaminal work, per side. CPT's regions apply as
 * they stand: the Medicare thoracolumbar-junction instruction (A58364) names 64490-64495 only.
 */
final class UltrasoundCoder implements FamilyCoder {
  private static final PlacementRules FACET_RULES = PlacementRules.forFamily("facet")
      .acceptingNerves()
      .requiringPurpose()
      .levels(FacetJoints::isFacetJoint, "facet joints run from C2-C3 to L5-S1");
  private static final PlacementRules TRANSFORAMINAL_RULES = PlacementRules.forFamily("transforaminal")
      .requiringPurpose()
      .levels(level -> level.compareTo(SpinalLevel.C2_C3) >= 0 && level != SpinalLevel.SACRAL_HIATUS,
          "foramina run from C2-C3 to L5-S1, then the sacral foramina S1-S4");
  private final RegionLadders facet;
  private final RegionLadders transforaminal;

  /** The definitions the host resolved: facet 0213T-0218T, transforaminal 0228T-0231T (dated by the product's code table). */
  UltrasoundCoder(FamilyContext context) {
    this.facet = RegionLadders.of(context.ladder("0213T", "0214T", "0215T"), context.ladder("0216T", "0217T", "0218T"));
    this.transforaminal = RegionLadders.of(context.ladder("0228T", "0229T"), context.ladder("0230T", "0231T"));
  }

  @Override
  public FamilyCoding code(Session session) {
    if (session.family().equals(UltrasoundCodes.FACET)) {
      return FamilyCoding.of(facet.climb(FACET_RULES.place(session)), java.util.List.of());
    }
    return FamilyCoding.of(transforaminal.climb(TRANSFORAMINAL_RULES.place(session)), java.util.List.of());
  }
}
