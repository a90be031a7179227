package org.spinecode.domain.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.diagnosis.DiagnosisJudge.Coverage;
import org.spinecode.domain.policy.PolicyKind;

/**
 * Medical necessity by the contractor's billing article (CONTRACT.md "Diagnoses"): a line whose
 * code no given diagnosis supports, or whose covering group lacks its dual-diagnosis partner, is an
 * expected denial (GZ, GA with an ABN; no KX) with {@code DIAGNOSIS_NOT_COVERED} or
 * {@code SECONDARY_DIAGNOSIS_REQUIRED}; an article not loaded or not readable is an INFO, never
 * "covered". The covering diagnoses of each code become its lines' pointers.
 */
final class DiagnosisCoverageCheck implements PolicyCheck {

  /** Reads the billing articles, not the codes' policies: runs on every claim with diagnoses. */
  @Override
  public PolicyKind<?> kind() {
    return null;
  }

  @Override
  public void apply(ClaimReview review) {
    if (review.encounter.diagnoses().isEmpty()) {
      return;
    }
    Map<String, Coverage> byCode = new HashMap<>();
    for (Billable billable : review.billables) {
      String code = billable.code();
      Coverage coverage = byCode.get(code);
      if (coverage == null) {
        coverage = review.diagnoses.coverage(review.encounter, billable.service.code(), List.of());
        byCode.put(code, coverage);
        coverage.finding(code, review.denialWords()).ifPresent(review::add);
        review.cover(code, coverage.coveringPositions());
      }
      if (coverage.denied()) {
        review.deny(billable);
      }
    }
  }
}
