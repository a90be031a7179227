package org.spinecode.plugins.facet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.family.CodeLadder;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.Placement;
import org.spinecode.domain.family.PlacementRules;
import org.spinecode.domain.family.RegionLadders;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.spine.FacetJoints;
import org.spinecode.domain.policy.ThoracolumbarJunction;
import org.spinecode.plugin.FamilyContext;

/**
 * Counts joints, not nerves, once across both sides, and climbs the region's ladder. Medicare bills T12-L1
 * together with L1-L2 as one lumbar region, the T12-L1 joint on 64490 and the rest on the lumbar
 * add-ons (CGS A58364, NGS); other payers follow CPT's regions, 64490 for T12-L1 and 64493 for L1-L2.
 */
final class FacetCoder implements FamilyCoder {
  private static final PlacementRules RULES = PlacementRules.forFamily("facet")
      .acceptingNerves()
      .requiringPurpose()
      .levels(FacetJoints::isFacetJoint, "facet joints run from C2-C3 to L5-S1");
  /** The policy row, in the policy table in force, for Medicare's T12-L1 with L1-L2 billing. */
  private static final String JUNCTION_ROW = "FACET_THORACOLUMBAR_JUNCTION";
  private static final Set<Guidance> IMAGING = EnumSet.of(Guidance.FLUOROSCOPY, Guidance.CT);
  private static final Set<Guidance> UNGUIDED = EnumSet.of(Guidance.NONE);

  private final RegionLadders ladders;
  private final CodeLadder fromThoracolumbarJunction;
  private final Optional<ThoracolumbarJunction> junction;

  /** Climbs the definitions the host resolved; the junction row is the one in force, if any. */
  FacetCoder(FamilyContext context) {
    this.ladders = RegionLadders.of(context.ladder("64490", "64491", "64492"),
        context.ladder("64493", "64494", "64495"));
    // Medicare's T12-L1 with L1-L2: the cervical/thoracic primary, then the lumbar add-ons (CGS A58364).
    this.fromThoracolumbarJunction = context.ladder("64490", "64494", "64495");
    this.junction = context.policy(JUNCTION_ROW, ThoracolumbarJunction.KIND);
  }

  @Override
  public FamilyCoding code(Session session) {
    List<Placement> all = RULES.place(session);
    List<Finding> findings = new ArrayList<>();
    Optional<Session> unguided = session.guidedBy(UNGUIDED);
    if (unguided.isPresent()) {
      findings.add(Finding.of(RuleIds.IMAGING_GUIDANCE_REQUIRED, Severity.ERROR,
          "Facet codes 64490-64495 require fluoroscopy or CT guidance, so no line is produced for "
              + unguided.get().paths() + "; CPT directs an unguided injection in the facet area to the trigger point"
              + " codes 20552/20553",
          List.of(), "CPT 64490-64495: image guidance required; unguided injections see 20552, 20553"));
    }
    Optional<Session> guided = session.guidedBy(IMAGING);
    List<CodedService> services = guided.isEmpty() ? List.of()
        : climb(guided.get(), guided.get() == session ? all : RULES.place(guided.get()), findings);
    return FamilyCoding.of(services, findings);
  }

  private List<CodedService> climb(Session session, List<Placement> placements, List<Finding> findings) {
    if (!RegionLadders.joinsThoracolumbarJunction(junction, session, placements)) {
      return ladders.climb(placements);
    }
    findings.add(Finding.of("THORACOLUMBAR_JUNCTION", Severity.INFO,
        "Medicare: T12-L1 with L1-L2 in one session is one lumbar region, coded 64490 for T12-L1 with the"
            + " lumbar add-ons, and counted as a lumbar session for frequency",
        List.of("64490", "64494"), junction.get().authority()));
    return ladders.climbJoiningJunction(placements, fromThoracolumbarJunction);
  }
}
