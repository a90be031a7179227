package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.Payer;

/**
 * Payer positions on ultrasound-guided facet and transforaminal injections (Category III codes
 * 0213T-0218T, 0228T-0231T). Medicare's facet and ESI LCDs require fluoroscopy or CT, so these
 * are not covered; commercial policies call ultrasound guidance unproven and not medically
 * necessary. In force since the codes were created (2010-2011), so dated from the 2017 code set.
 */
public final class UltrasoundGuidancePolicy {
  static final LocalDate SINCE = LocalDate.of(2017, 1, 1);

  public static final CoverageRule MEDICARE_NOT_COVERED = CoverageRule.builder()
      .payer(Payer.MEDICARE).effectiveFrom(SINCE).rule(RuleIds.ULTRASOUND_GUIDANCE_UNPROVEN)
      .message("Medicare does not cover ultrasound-guided facet or transforaminal injections:"
          + " its LCDs require fluoroscopy or CT")
      .authority("Medicare facet LCD L38803 and ESI LCD L39240: fluoroscopy or CT guidance required;"
          + " Category III codes are contractor-priced and not covered").build();

  public static final CoverageRule COMMERCIAL_UNPROVEN = CoverageRule.builder()
      .payer(Payer.COMMERCIAL).effectiveFrom(SINCE).rule(RuleIds.ULTRASOUND_GUIDANCE_UNPROVEN)
      .message("Commercial payers consider ultrasound guidance for facet and transforaminal injections"
          + " unproven and not medically necessary; expect a denial without a policy exception")
      .authority("Commercial payer policies (e.g. Aetna CPB 0016, UnitedHealthcare and Cigna"
          + " spinal injection policies): ultrasound guidance unproven").build();

  private UltrasoundGuidancePolicy() {}
}
