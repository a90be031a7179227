package org.spinecode.domain.check;

import java.util.List;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.encounter.Encounter;

/**
 * The claim edits that judge billed lines on their own (code dates, NCCI procedure-to-procedure
 * pairs, MUEs, add-on primaries) for the encounter's date, payer, setting and claim type.
 */
public interface BilledLineEdits {

  /** Judges nothing: for a product installed without the CMS tables. */
  BilledLineEdits NONE = (encounter, billed) -> List.of();

  List<Finding> judge(Encounter encounter, List<BilledLine> billed);
}
