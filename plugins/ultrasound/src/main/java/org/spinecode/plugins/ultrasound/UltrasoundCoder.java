package org.spinecode.plugins.ultrasound;

import org.spinecode.domain.family.CodeLadder;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.PlacementRules;
import org.spinecode.domain.family.RegionLadders;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.spine.FacetJoints;
import org.spinecode.domain.spine.SpinalLevel;

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
  private static final RegionLadders FACET = RegionLadders.of(
      CodeLadder.of(UltrasoundCodes.C0213T, UltrasoundCodes.C0214T, UltrasoundCodes.C0215T),
      CodeLadder.of(UltrasoundCodes.C0216T, UltrasoundCodes.C0217T, UltrasoundCodes.C0218T));
  private static final RegionLadders TRANSFORAMINAL = RegionLadders.of(
      CodeLadder.of(UltrasoundCodes.C0228T, UltrasoundCodes.C0229T),
      CodeLadder.of(UltrasoundCodes.C0230T, UltrasoundCodes.C0231T));

  @Override
  public FamilyCoding code(Session session) {
    if (session.family().equals(UltrasoundCodes.FACET)) {
      return FamilyCoding.of(FACET.climb(FACET_RULES.place(session)), java.util.List.of());
    }
    return FamilyCoding.of(TRANSFORAMINAL.climb(TRANSFORAMINAL_RULES.place(session)), java.util.List.of());
  }
}
