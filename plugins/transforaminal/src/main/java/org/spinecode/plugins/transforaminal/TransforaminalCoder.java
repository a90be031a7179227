package org.spinecode.plugins.transforaminal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.Placement;
import org.spinecode.domain.family.PlacementRules;
import org.spinecode.domain.family.RegionLadders;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * Counts foramina per side: the first on the primary code, each further one on the add-on. The
 * level names the foramen (L5-S1 is the L5 root, S1 the first sacral foramen, so they are two
 * levels). T12-L1 is reported with 64479 (A58993).
 */
final class TransforaminalCoder implements FamilyCoder {
  static final PlacementRules RULES = PlacementRules.forFamily("transforaminal")
      .requiringPurpose()
      .levels(level -> level.compareTo(SpinalLevel.C2_C3) >= 0 && level != SpinalLevel.SACRAL_HIATUS,
          "foramina run from C2-C3 to L5-S1, then the sacral foramina S1-S4");
  private static final Set<Guidance> IMAGING = EnumSet.of(Guidance.FLUOROSCOPY, Guidance.CT);
  private static final Set<Guidance> UNGUIDED = EnumSet.of(Guidance.NONE);

  private final RegionLadders ladders;

  /** Climbs the definitions the host resolved: 64479/64480 cervical or thoracic, 64483/64484 lumbar or sacral. */
  TransforaminalCoder(FamilyContext context) {
    this.ladders = RegionLadders.of(context.ladder("64479", "64480"), context.ladder("64483", "64484"));
  }

  @Override
  public FamilyCoding code(Session session) {
    List<Placement> all = RULES.place(session);
    List<Finding> findings = session.guidedBy(UNGUIDED)
        .map(unguided -> List.of(Finding.of(RuleIds.IMAGING_GUIDANCE_REQUIRED, Severity.ERROR,
            "A transforaminal epidural is coded only with fluoroscopy or CT guidance; CPT has no code"
                + " for an unguided one, so no line is produced for " + unguided.paths(),
            List.of(), "CPT 64479-64484: imaging guidance (fluoroscopy or CT) is part of the code")))
        .orElse(List.of());
    List<CodedService> services = session.guidedBy(IMAGING)
        .map(guided -> ladders.climb(guided == session ? all : RULES.place(guided)))
        .orElse(List.of());
    return FamilyCoding.of(services, findings);
  }
}
