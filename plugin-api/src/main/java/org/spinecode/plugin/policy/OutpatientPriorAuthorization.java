package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;

/**
 * Medicare's prior authorization for certain hospital outpatient department services (42 CFR
 * 419.83): facet joint interventions 64490-64495 and 64633-64636 from 2023-07-01. CMS took 64492
 * and 64495 off the list on 2024-08-05, because three- and four-level work is never covered.
 */
public final class OutpatientPriorAuthorization {
  /** The facet joint interventions category starts. */
  public static final LocalDate FACET_START = LocalDate.of(2023, 7, 1);

  /** CMS update removing 64492 and 64495 from the list. */
  public static final LocalDate THIRD_LEVEL_CODES_REMOVED = LocalDate.of(2024, 8, 5);

  static final String AUTHORITY = "CMS OPD prior authorization, 42 CFR 419.83(a)(3)";

  /** For codes still on the list. */
  public static final PriorAuthorization FACET_INTERVENTIONS = PriorAuthorization.builder()
      .payer(Payer.MEDICARE).effectiveFrom(FACET_START).addSettings(Setting.HOSPITAL_OUTPATIENT)
      .authority(AUTHORITY + ": facet joint interventions from 2023-07-01").build();

  /** For 64492 and 64495, on the list until CMS removed them. */
  public static final PriorAuthorization FACET_THIRD_LEVEL = PriorAuthorization.builder()
      .payer(Payer.MEDICARE).effectiveFrom(FACET_START).effectiveUntil(THIRD_LEVEL_CODES_REMOVED)
      .addSettings(Setting.HOSPITAL_OUTPATIENT)
      .authority(AUTHORITY + ": 64492 and 64495 listed 2023-07-01 until the CMS update of 2024-08-05").build();

  private OutpatientPriorAuthorization() {}
}
