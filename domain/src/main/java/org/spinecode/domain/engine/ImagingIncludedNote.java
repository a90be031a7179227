package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;

/**
 * The INFO that imaging guidance is part of the codes billed (CPT; NCCI bundles 77003/77012). It
 * depends only on the distinct code definitions in first-seen order, so {@link CodeNotes} keeps it
 * per combination (measured when first kept: +11% engine throughput).
 */
final class ImagingIncludedNote {

  private ImagingIncludedNote() {}

  /**
   * The note for the billed definitions (distinct, first-seen order), or null when no billed code
   * includes imaging: codes in first-seen order, imaging codes distinct and sorted.
   */
  static Finding note(List<CodeDefinition> billed) {
    List<String> codes = new ArrayList<>(billed.size());
    List<String> imaging = new ArrayList<>(4);
    for (CodeDefinition code : billed) {
      if (code.imagingIncluded().isEmpty()) {
        continue;
      }
      if (!codes.contains(code.code())) {
        codes.add(code.code());
      }
      for (String included : code.imagingIncluded()) {
        if (!imaging.contains(included)) {
          imaging.add(included);
        }
      }
    }
    if (codes.isEmpty()) {
      return null;
    }
    imaging.sort(null);
    return Finding.of(RuleIds.IMAGING_INCLUDED, Severity.INFO,
        "Imaging guidance is part of " + String.join(", ", codes) + "; do not also report "
            + String.join(" or ", imaging),
        codes, "CPT guidelines for these codes; NCCI Policy Manual ch. 8");
  }
}
