package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.edit.ClaimContext;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.policy.ClaimConventions;

/**
 * Checks lines someone already billed against the lines SpineCode codes for the same encounter
 * (CONTRACT.md "Check mode"). Pure and deterministic; holds only immutable collaborators, so one
 * instance serves all threads.
 */
public final class ClaimChecker {
  /**
   * The most billed lines one claim may carry. A claim is one patient's services on one date: an
   * 837P claim holds at most 50 service lines, so 500 leaves room for any real claim, and a
   * record past it is invalid input naming {@code billed} rather than a long wait.
   */
  public static final int MAX_BILLED_LINES = 500;

  private final EncounterCoder coder;
  private final CodeCatalogue catalogue;
  private final ClaimEdits edits;
  private final ClaimConventions conventions;

  /**
   * {@code edits} judge the billed lines ({@link ClaimEdits#none()} leaves the findings empty);
   * {@code conventions} say which bilateral styles each payer accepts.
   */
  public ClaimChecker(EncounterCoder coder, CodeCatalogue catalogue, ClaimEdits edits, ClaimConventions conventions) {
    this.coder = coder;
    this.catalogue = catalogue;
    this.edits = edits;
    this.conventions = conventions;
  }

  /** The coder SpineCode's lines come from. */
  public EncounterCoder coder() {
    return coder;
  }

  /** The same checks coded by another coder, such as one whose family calls are timed. */
  public ClaimChecker withCoder(EncounterCoder other) {
    return new ClaimChecker(other, catalogue, edits, conventions);
  }

  /**
   * Refuses a claim with more than {@link #MAX_BILLED_LINES} billed lines, before any is read.
   *
   * @throws InvalidInputException naming {@code billed}
   */
  public static void checkLineCount(int lines) {
    if (lines > MAX_BILLED_LINES) {
      throw new InvalidInputException("billed", "a claim carries at most " + MAX_BILLED_LINES
          + " billed lines (one patient, one date of service); split the input into claims");
    }
  }

  /**
   * Codes the encounter and compares. When the lines differ and were written in another bilateral
   * style the payer allows, SpineCode's lines in that style are compared too, and the closer
   * coding is kept, so a correct claim in an allowed format matches. The billed lines are judged
   * by the claim edits with the encounter's levels (an ASC's units count distinct levels).
   *
   * @throws InvalidInputException when the encounter cannot be coded, or there are more than
   *     {@link #MAX_BILLED_LINES} billed lines
   */
  public CheckedClaim check(Encounter encounter, List<BilledLine> billed) {
    checkLineCount(billed.size());
    BilledPointers.check(encounter, billed);
    CodingResult result = coder.code(encounter);
    List<Finding> editFindings = billedLineFindings(edits.judge(ClaimContext.of(encounter), billed, result.lines()));
    CheckContext context = new CheckContext(encounter, result.lines(), result.findings(), editFindings, catalogue, edits,
        conventions);
    List<Difference> differences = differences(context, billed);
    Optional<BilateralStyle> style = differences.isEmpty() ? Optional.empty()
        : BilledStyle.other(encounter, billed, catalogue, conventions);
    if (style.isPresent()) {
      Encounter restyled = BilledStyle.recode(encounter, style.get());
      CodingResult inStyle = coder.code(restyled);
      CheckContext styled = new CheckContext(restyled, inStyle.lines(), inStyle.findings(), editFindings, catalogue,
          edits, conventions);
      List<Difference> styledDifferences = differences(styled, billed);
      if (styledDifferences.size() < differences.size()) {
        result = inStyle;
        differences = styledDifferences;
      }
    }
    return CheckedClaim.of(result, Check.of(differences.isEmpty() ? Verdict.MATCH : Verdict.DIFFERS,
        differences, editFindings));
  }

  // The quarter note describes the data, and the coding result already carries it.
  private static List<Finding> billedLineFindings(List<Finding> judged) {
    List<Finding> findings = new ArrayList<>(judged.size());
    for (Finding finding : judged) {
      if (!finding.rule().equals(RuleIds.EDIT_TABLES_QUARTER)) {
        findings.add(finding);
      }
    }
    return findings;
  }

  private static List<Difference> differences(CheckContext context, List<BilledLine> billed) {
    List<BilledLine> compared = new ArrayList<>(billed.size());
    for (BilledLine line : billed) {
      compared.add(DistinctService.setAside(line));
    }
    List<BilledLine> expected = new ArrayList<>(context.lines().size());
    for (ClaimLine line : context.lines()) {
      expected.add(BilledLineText.asBilled(line));
    }
    List<LinePairing.Mismatch> mismatches = LinePairing.of(compared, expected);
    List<String> missing = new ArrayList<>();
    for (LinePairing.Mismatch mismatch : mismatches) {
      if (mismatch.kind() == DifferenceKind.MISSING) {
        missing.add(expected.get(mismatch.expected()).code());
      }
    }
    List<Difference> differences = new ArrayList<>(mismatches.size());
    // A claim may bill the same stray line many times: its explanation is worked out once.
    Map<BilledLine, Explanation> unexpected = new HashMap<>();
    for (LinePairing.Mismatch mismatch : mismatches) {
      Optional<BilledLine> billedLine = mismatch.billed() < 0 ? Optional.empty() : Optional.of(billed.get(mismatch.billed()));
      Optional<BilledLine> expectedLine = mismatch.expected() < 0 ? Optional.empty() : Optional.of(expected.get(mismatch.expected()));
      ClaimLine line = mismatch.expected() < 0 ? null : context.lines().get(mismatch.expected());
      BilledLine comparedLine = mismatch.billed() < 0 ? null : compared.get(mismatch.billed());
      Explanation why = switch (mismatch.kind()) {
        case MISSING -> LineCounts.missing(context, expectedLine.get(), line);
        case UNEXPECTED -> unexpected.computeIfAbsent(comparedLine, stray -> UnexpectedCode.explain(context, stray, missing));
        case UNITS -> LineCounts.units(context, comparedLine, expectedLine.get(), line);
        case MODIFIERS -> ModifierDifference.explain(context, comparedLine, expectedLine.get(), line);
      };
      String code = billedLine.map(BilledLine::code).orElseGet(() -> expectedLine.get().code());
      differences.add(Difference.of(mismatch.kind(), code, billedLine, expectedLine, why.message(), why.source()));
    }
    return differences;
  }
}
