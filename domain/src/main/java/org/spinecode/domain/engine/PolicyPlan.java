package org.spinecode.domain.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.diagnosis.DiagnosisJudge;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.PrerequisiteSessions;

/**
 * The payer checks in the order they run, and what the catalogue's policies need from the input,
 * worked out once per catalogue. The order matters: denials (coverage, levels, regions,
 * frequency, prerequisites) come before attestations, so a denied line never carries KX; prior
 * authorization only warns.
 */
final class PolicyPlan {
  private static final List<PolicyCheck> CHECKS = List.of(
      new CoverageCheck(),
      new DiagnosisCoverageCheck(),
      new LevelLimitCheck(),
      new RegionLimitCheck(),
      new FrequencyLimitCheck(),
      new PrerequisiteCheck(),
      new AttestationCheck(),
      new PriorAuthorizationCheck());
  /** Each check's {@link PolicyKind#bit}, or 0 when it always runs: read here rather than asked of eight classes per claim. */
  private static final long[] KIND_BITS = kindBits();

  private final Set<ProcedureFamily> historyFamilies = new HashSet<>();
  private final Set<ProcedureFamily> countedPerPurpose = new HashSet<>();

  PolicyPlan(CodeCatalogue catalogue) {
    for (CodeDefinition code : catalogue.codes()) {
      for (FrequencyLimit limit : code.policies(FrequencyLimit.KIND)) {
        historyFamilies.addAll(limit.families());
        if (limit.perPurpose()) {
          countedPerPurpose.addAll(limit.families());
        }
      }
      for (PrerequisiteSessions rule : code.policies(PrerequisiteSessions.KIND)) {
        historyFamilies.add(rule.family());
        historyFamilies.addAll(rule.waivedBy());
        countedPerPurpose.add(rule.family());
      }
      historyFamilies.add(code.family());
    }
  }

  /** Families a prior session may name because a policy counts them. */
  Set<ProcedureFamily> historyFamilies() {
    return historyFamilies;
  }

  /** Families whose prior sessions must say their purpose, because a limit counts purposes apart. */
  Set<ProcedureFamily> countedPerPurpose() {
    return countedPerPurpose;
  }

  /** Marks the billables; the review holds the findings, in a fixed order, and the diagnoses covering each code. */
  ClaimReview apply(Encounter encounter, List<PriorSession> history, List<Billable> billables,
      ClaimConvention convention, Contractor contractor, DiagnosisJudge diagnoses) {
    ClaimReview review = new ClaimReview(encounter, history, billables, convention, contractor, diagnoses);
    for (int i = 0; i < KIND_BITS.length; i++) {
      if (KIND_BITS[i] == 0 || review.codesHave(KIND_BITS[i])) {
        CHECKS.get(i).apply(review);
      }
    }
    return review;
  }

  private static long[] kindBits() {
    long[] bits = new long[CHECKS.size()];
    for (int i = 0; i < bits.length; i++) {
      PolicyKind<?> kind = CHECKS.get(i).kind();
      bits[i] = kind == null ? 0 : kind.bit();
    }
    return bits;
  }
}
