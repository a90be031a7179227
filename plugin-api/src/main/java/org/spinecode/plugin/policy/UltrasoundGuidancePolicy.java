package org.spinecode.plugin.policy;

import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.plugin.data.PolicyTable;

/**
 * Payer positions on ultrasound-guided facet and transforaminal injections (Category III codes
 * 0213T-0218T, 0228T-0231T): names for their rows in the policy table
 * ({@code org/spinecode/data/policies.csv}). Medicare's facet and ESI LCDs require fluoroscopy or
 * CT, so these are not covered; commercial policies call ultrasound guidance unproven. The Medicare
 * rows are dated from the LCDs they cite; the commercial row from the 2017 code set, the earliest
 * date SpineCode supports.
 */
public final class UltrasoundGuidancePolicy {
  private static final PolicyTable TABLE = PolicyTable.bundled();

  public static final CoverageRule MEDICARE_NOT_COVERED = TABLE.coverage("US_FACET_MEDICARE");

  /** Ultrasound-guided transforaminal work (0228T-0231T), from the ESI LCDs' date. */
  public static final CoverageRule MEDICARE_TRANSFORAMINAL_NOT_COVERED = TABLE.coverage("US_TRANSFORAMINAL_MEDICARE");

  public static final CoverageRule COMMERCIAL_UNPROVEN = TABLE.coverage("US_COMMERCIAL");

  private UltrasoundGuidancePolicy() {}
}
