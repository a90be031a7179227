package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.Payer;

/**
 * Payer positions on ultrasound-guided facet and transforaminal injections (Category III codes
 * 0213T-0218T, 0228T-0231T). Medicare's facet and ESI LCDs require fluoroscopy or CT, so these
 * are not covered; commercial policies call ultrasound guidance unproven and not medically
 * necessary. The Medicare rule is dated from the LCDs it cites (facet LCDs 2021-04-25 for 0213T-0218T;
 * ESI LCDs 2021-12-05 for 0228T-0231T, which ended 2020-12-31 and so never reach it); the commercial
 * rule from the 2017 code set, the earliest date SpineCode supports.
 */
public final class UltrasoundGuidancePolicy {
  static final LocalDate SINCE = LocalDate.of(2017, 1, 1);

  public static final CoverageRule MEDICARE_NOT_COVERED = CoverageRule.builder()
      .payer(Payer.MEDICARE).effectiveFrom(FacetJointLcd.EFFECTIVE).rule(RuleIds.ULTRASOUND_GUIDANCE_UNPROVEN)
      .message("Medicare does not cover ultrasound-guided facet injections: its facet LCDs require fluoroscopy or CT")
      .authority("Medicare facet LCDs, one contractor's example (e.g. Noridian L38803): fluoroscopy or CT"
          + " guidance required; Category III codes are contractor-priced and not covered").build();

  /** Ultrasound-guided transforaminal work (0228T-0231T), from the ESI LCDs' date. */
  public static final CoverageRule MEDICARE_TRANSFORAMINAL_NOT_COVERED = CoverageRule.builder()
      .payer(Payer.MEDICARE).effectiveFrom(EpiduralSteroidLcd.EFFECTIVE).rule(RuleIds.ULTRASOUND_GUIDANCE_UNPROVEN)
      .message("Medicare does not cover ultrasound-guided transforaminal injections: its ESI LCDs require"
          + " fluoroscopy or CT")
      .authority("Medicare ESI LCDs, one contractor's example (e.g. Noridian L39240): fluoroscopy or CT"
          + " guidance required").build();

  public static final CoverageRule COMMERCIAL_UNPROVEN = CoverageRule.builder()
      .payer(Payer.COMMERCIAL).effectiveFrom(SINCE).rule(RuleIds.ULTRASOUND_GUIDANCE_UNPROVEN)
      .message("Commercial payers consider ultrasound guidance for facet and transforaminal injections"
          + " unproven and not medically necessary; expect a denial without a policy exception")
      .authority("Commercial payer policies (e.g. Aetna CPB 0016, UnitedHealthcare and Cigna"
          + " spinal injection policies): ultrasound guidance unproven").build();

  private UltrasoundGuidancePolicy() {}
}
