package org.spinecode.domain.policy;

import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Setting;

/**
 * Which of CMS's two NCCI table sets judges a claim: the practitioner tables for professional
 * claims and ASC facility claims, the outpatient-hospital tables for hospital-outpatient facility
 * claims (CMS NCCI program; docs/CONTRACT.md, NCCI_PTP_EDIT and MUE_EXCEEDED).
 */
public enum EditTable {
  PRACTITIONER("practitioner"),
  OUTPATIENT_HOSPITAL("outpatient hospital");

  private final String words;

  EditTable(String words) {
    this.words = words;
  }

  /** The table's part of a listing name, such as {@code outpatient-hospital} in {@code ncci-ptp-outpatient-hospital}. */
  public String tableName() {
    return words.replace(' ', '-');
  }

  /** Plain words for messages, such as {@code outpatient hospital}. */
  public String words() {
    return words;
  }

  /** The table set for a claim of this type in this setting. */
  public static EditTable forClaim(Setting setting, ClaimType claimType) {
    return claimType == ClaimType.FACILITY && setting == Setting.HOSPITAL_OUTPATIENT
        ? OUTPATIENT_HOSPITAL : PRACTITIONER;
  }
}
