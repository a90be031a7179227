package org.spinecode.rest.wire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.check.Check;
import org.spinecode.domain.check.ClaimChecker;
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
   * {@code billed} array, though it may be empty (nothing billed), and at most
   * {@link ClaimChecker#MAX_BILLED_LINES} lines.
   */
  public static List<BilledLine> billed(EncounterJson json) {
    if (json.billed() == null) {
      throw new InvalidInputException("billed", "required for a check: the lines billed, such as"
          + " [{\"code\": \"64493\", \"modifiers\": [\"50\"], \"units\": 1}]");
    }
    ClaimChecker.checkLineCount(json.billed().size());
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
    if (line == null) {
      throw new InvalidInputException("", "expected an object such as {\"code\": \"64483\", \"units\": 1}");
    }
    BilledLine read = BilledLine.read(line.code(), line.modifiers(), units(line.units()));
    List<Integer> pointers = line.diagnosisPointers() == null ? List.of() : line.diagnosisPointers();
    for (int p = 0; p < pointers.size(); p++) {
      if (pointers.get(p) == null) {
        throw new InvalidInputException("diagnosisPointers[" + p + "]", "required: a 1-based position in diagnoses");
      }
    }
    return pointers.isEmpty() ? read : BilledLine.builder().code(read.code()).addAllModifiers(read.modifiers())
        .units(read.units()).addAllDiagnosisPointers(pointers).build();
  }

  /** Units as written: a whole number in range, never rounded or truncated ({@code 1.5} is refused, not read as 1). */
  private static int units(BigDecimal units) {
    if (units == null) {
      return 1;
    }
    if (units.compareTo(BigDecimal.ONE) < 0 || units.compareTo(BigDecimal.valueOf(BilledLine.MAX_UNITS)) > 0
        || units.stripTrailingZeros().scale() > 0) {
      throw new InvalidInputException("units", BilledLine.UNITS_WORDS);
    }
    return units.intValueExact();
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
