package org.spinecode.domain.engine;

import org.immutables.value.Value;
import org.spinecode.domain.diagnosis.DiagnosisJudge;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.MedicareContractors;

/**
 * The reference data an engine codes with, as domain values: the claim edits (NCCI pairs, MUEs, code
 * dates), the payers' claim conventions, the Medicare contractors and the diagnosis tables, and the
 * short name every result carries. Each defaults to none, for tests of the machinery.
 */
@Value.Immutable
public abstract class CodingData {

  @Value.Default
  public ClaimEdits edits() {
    return ClaimEdits.none();
  }

  @Value.Default
  public ClaimConventions conventions() {
    return ClaimConventions.cptOnly();
  }

  @Value.Default
  public MedicareContractors contractors() {
    return MedicareContractors.none();
  }

  @Value.Default
  public DiagnosisJudge diagnoses() {
    return DiagnosisJudge.none();
  }

  /** Such as {@code codes 2026-12; policies 2026-12; ...}. */
  @Value.Default
  public String version() {
    return "";
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCodingData.Builder {}
}
