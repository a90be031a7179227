package org.spinecode.domain;

import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.encounter.Encounter;

/** The primary port: code one encounter into claim lines and findings. */
public interface EncounterCoder {

  /**
   * Codes an encounter. Deterministic: the same encounter always gives the same result.
   *
   * @throws org.spinecode.domain.InvalidInputException naming the field when the encounter cannot
   *     describe a real session (an unknown family, a facet target without a side, ...)
   */
  CodingResult code(Encounter encounter);

  /**
   * The reference data this coder codes with (code set, policy tables, NCCI/MUE quarter), as
   * named on every result; also for refusals, which never reach {@link #code}.
   */
  default String dataVersion() {
    return "";
  }

  /**
   * The family plugins this coder has stopped calling because one did not answer in time (see the
   * failure policy, docs/CONTRACT.md): their procedures are refused until restart. Sorted by plugin id.
   */
  default java.util.List<QuarantinedPlugin> quarantined() {
    return java.util.List.of();
  }
}
