package org.spinecode.domain.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.diagnosis.DiagnosisJudge;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.policy.ClaimConventions;

/**
 * The diagnosis checks on billed lines (CONTRACT.md "Diagnoses", check mode): the encounter's codes
 * against the ICD-10-CM release in effect, and each billed line's code against the contractor's
 * billing article on the diagnoses it points at (all of them when it points at none).
 */
final class BilledDiagnoses {
  private BilledDiagnoses() {}

  static List<Finding> judge(DiagnosisJudge judge, CodeCatalogue catalogue, ClaimConventions conventions,
      Encounter encounter, List<BilledLine> billed) {
    if (encounter.diagnoses().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(judge.validity(encounter));
    String denialWords = conventions.of(encounter).abnModifiers()
        ? "; bill the line with " + Modifier.expectedDenialWords(encounter.abnOnFile()) + " and without KX" : "";
    Set<Judged> seen = new HashSet<>();
    for (BilledLine line : billed) {
      Optional<CodeDefinition> code = catalogue.find(line.code());
      if (code.isEmpty() || !seen.add(new Judged(line.code(), line.diagnosisPointers()))) {
        continue;
      }
      judge.coverage(encounter, code.get(), line.diagnosisPointers()).finding(line.code(), denialWords)
          .ifPresent(findings::add);
    }
    return findings;
  }

  private record Judged(String code, List<Integer> pointers) {}
}
