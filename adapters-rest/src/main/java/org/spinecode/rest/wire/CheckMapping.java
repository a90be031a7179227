package org.spinecode.rest.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.check.Check;
import org.spinecode.domain.check.Difference;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.rest.wire.EncounterJson.BilledLineJson;
import org.spinecode.rest.wire.ResultJson.CheckJson;
import org.spinecode.rest.wire.ResultJson.ClaimLineJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;

/** Check mode on the wire: the billed lines of a request, and the {@code check} of a result. */
public final class CheckMapping {
  private CheckMapping() {}

  /**
   * The billed lines, naming the bad field ({@code billed[1].units}); a check needs the
   * {@code billed} array, though it may be empty (nothing billed).
   */
  public static List<BilledLine> billed(EncounterJson json) {
    if (json.billed() == null) {
      throw new InvalidInputException("billed", "required for a check: the lines billed, such as"
          + " [{\"code\": \"64493\", \"modifiers\": [\"50\"], \"units\": 1}]");
    }
    List<BilledLine> billed = new ArrayList<>(json.billed().size());
    for (int i = 0; i < json.billed().size(); i++) {
      try {
        billed.add(line(json.billed().get(i)));
      } catch (InvalidInputException e) {
        throw e.within("billed[" + i + "]");
      }
    }
    return billed;
  }

  private static BilledLine line(BilledLineJson line) {
    if (line == null || line.code() == null) {
      throw new InvalidInputException("code", "required: the billed code, such as 64483");
    }
    String code = line.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.length() > 7) {
      throw new InvalidInputException("code", "a billed code is a CPT or HCPCS code such as 64483");
    }
    List<String> modifiers = new ArrayList<>();
    for (int m = 0; line.modifiers() != null && m < line.modifiers().size(); m++) {
      String modifier = line.modifiers().get(m);
      if (modifier == null || modifier.strip().length() != 2) {
        throw new InvalidInputException("modifiers[" + m + "]", "a modifier is two characters, such as 50 or RT");
      }
      modifiers.add(modifier.strip().toUpperCase(Locale.ROOT));
    }
    List<Integer> pointers = line.diagnosisPointers() == null ? List.of() : line.diagnosisPointers();
    for (int p = 0; p < pointers.size(); p++) {
      if (pointers.get(p) == null) {
        throw new InvalidInputException("diagnosisPointers[" + p + "]", "required: a 1-based position in diagnoses");
      }
    }
    return BilledLine.builder().code(code).addAllModifiers(modifiers).units(line.units() == null ? 1 : line.units())
        .addAllDiagnosisPointers(pointers).build();
  }

  /** The coded result with its check. */
  public static ResultJson toWire(ResultJson coded, Check check) {
    List<DifferenceJson> differences = new ArrayList<>(check.differences().size());
    for (Difference difference : check.differences()) {
      differences.add(new DifferenceJson(difference.kind().name(), difference.code(),
          difference.billed().map(CheckMapping::claimLine).orElse(null),
          difference.expected().map(CheckMapping::claimLine).orElse(null), difference.message(), difference.source()));
    }
    List<FindingJson> findings = new ArrayList<>(check.findings().size());
    for (Finding finding : check.findings()) {
      findings.add(new FindingJson(finding.rule(), finding.severity().name(), finding.message(), finding.codes(),
          finding.source()));
    }
    return ResultJson.checked(coded, new CheckJson(check.verdict().name(), differences, findings));
  }

  private static ClaimLineJson claimLine(BilledLine line) {
    return new ClaimLineJson(line.code(), line.modifiers(), line.units());
  }
}
