package org.spinecode.examples.rfa;

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
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.spine.FacetJoints;
import org.spinecode.domain.policy.ThoracolumbarJunction;

/**
 * Counts ablated joints, not nerves, once across both sides, and climbs the region's ladder: the first joint on
 * the primary code, every further joint one unit of the add-on (CPT). Medicare bills T12-L1
 * together with L1-L2 as one lumbar region, T12-L1 on 64633 and the rest on 64636 (CGS A58364);
 * other payers follow CPT's regions, 64633 for T12-L1 and 64635 for L1-L2. Bilateral styles,
 * modifiers and payer limits are the engine's, driven by the code definitions.
 */
final class AblationCoder implements FamilyCoder {
  private static final PlacementRules RULES = PlacementRules.forFamily("radiofrequency ablation")
      .acceptingNerves()
      .levels(FacetJoints::isFacetJoint, "facet joints run from C2-C3 to L5-S1");
  private static final RegionLadders LADDERS = RegionLadders.of(
      CodeLadder.of(AblationCodes.C64633, AblationCodes.C64634),
      CodeLadder.of(AblationCodes.C64635, AblationCodes.C64636));
  private static final CodeLadder FROM_THORACOLUMBAR_JUNCTION =
      CodeLadder.of(AblationCodes.C64633, AblationCodes.C64636);
  private static final String THORACOLUMBAR_JUNCTION = "THORACOLUMBAR_JUNCTION";

  private static final Set<Guidance> IMAGING = EnumSet.of(Guidance.FLUOROSCOPY, Guidance.CT);

  private final ThoracolumbarJunction junction;

  /** {@code junction}: the policy row in force for Medicare's T12-L1 with L1-L2 billing. */
  AblationCoder(ThoracolumbarJunction junction) {
    this.junction = junction;
  }

  @Override
  public FamilyCoding code(Session session) {
    // Input is checked before guidance, so a bad target is reported even on a refused procedure.
    RULES.place(session);
    List<Finding> findings = new ArrayList<>();
    for (Guidance guidance : List.of(Guidance.NONE, Guidance.ULTRASOUND)) {
      session.guidedBy(EnumSet.of(guidance)).ifPresent(refused -> findings.add(imagingRequired(guidance, refused)));
    }
    List<CodedService> services = new ArrayList<>();
    session.guidedBy(IMAGING).ifPresent(guided -> services.addAll(climb(guided, findings)));
    return FamilyCoding.of(services, findings);
  }

  private List<CodedService> climb(Session session, List<Finding> findings) {
    List<Placement> placements = therapeutic(RULES.place(session));
    if (!RegionLadders.joinsThoracolumbarJunction(junction, session, placements)) {
      return LADDERS.climb(placements);
    }
    // The junction session counts as lumbar for level and frequency limits.
    findings.add(Finding.of(THORACOLUMBAR_JUNCTION, Severity.INFO,
        "Medicare: T12-L1 with L1-L2 in one session is one lumbar region, coded 64633 for T12-L1 with"
            + " 64636 for the lumbar joints, and counted as a lumbar ablation session",
        List.of("64633", "64636"), junction.authority()));
    return LADDERS.climbJoiningJunction(placements, FROM_THORACOLUMBAR_JUNCTION);
  }

  /**
   * An ablation treats; it is never a diagnostic block, whatever purpose the caller sent (the
   * contract ignores purpose outside the injection families), so no diagnostic-only rule such as
   * KX can reach its lines.
   */
  private static List<Placement> therapeutic(List<Placement> placements) {
    List<Placement> therapeutic = new ArrayList<>(placements.size());
    for (Placement placement : placements) {
      therapeutic.add(Placement.of(placement.level(), placement.side(), Optional.of(Purpose.THERAPEUTIC),
          placement.order()));
    }
    return therapeutic;
  }

  /**
   * The codes name fluoroscopy or CT. Without either there is no code to report: CPT sends such
   * work to the unlisted code 64999, and Medicare's LCD requires fluoroscopy or CT. Ultrasound is
   * refused the same way: unlike facet injections (0213T-0218T) ablation has no ultrasound code.
   */
  private static Finding imagingRequired(Guidance guidance, Session refused) {
    String done = guidance == Guidance.ULTRASOUND ? "under ultrasound guidance" : "without imaging guidance";
    return Finding.of(RuleIds.IMAGING_GUIDANCE_REQUIRED, Severity.ERROR,
        "Facet nerve ablation codes 64633-64636 require fluoroscopy or CT guidance, so no line is produced"
            + " for an ablation done " + done + " (" + refused.paths() + "); CPT directs it to the unlisted code 64999, and Medicare"
            + " does not cover it",
        List.of(), "CPT 64633-64636: fluoroscopy or CT guidance required, otherwise unlisted 64999;"
            + " Medicare facet LCD L38803: fluoroscopy or CT guidance required");
  }
}
