package org.spinecode.plugin.policy;

import java.time.LocalDate;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.plugin.data.PolicyTable;

/**
 * Medicare's prior authorization for certain hospital outpatient department services (42 CFR
 * 419.83): names for its rows in the policy table ({@code org/spinecode/data/policies.csv}).
 * CMS took 64492 and 64495 off the list because three- and four-level work is never covered.
 */
public final class OutpatientPriorAuthorization {
  private static final PolicyTable TABLE = PolicyTable.bundled();

  /** For codes still on the list. */
  public static final PriorAuthorization FACET_INTERVENTIONS = TABLE.priorAuthorization("OPD_PA_FACET");

  /** For 64492 and 64495, on the list until CMS removed them. */
  public static final PriorAuthorization FACET_THIRD_LEVEL = TABLE.priorAuthorization("OPD_PA_FACET_THIRD_LEVEL");

  /** The facet joint interventions category starts. */
  public static final LocalDate FACET_START = FACET_INTERVENTIONS.effectiveFrom();

  /** CMS update removing 64492 and 64495 from the list. */
  public static final LocalDate THIRD_LEVEL_CODES_REMOVED = FACET_THIRD_LEVEL.effectiveUntil().orElseThrow();

  private OutpatientPriorAuthorization() {}
}
