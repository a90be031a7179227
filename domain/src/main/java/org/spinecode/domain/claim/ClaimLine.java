package org.spinecode.domain.claim;

import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/** One line of the claim: a code, its modifiers in claim order, and units. */
@Value.Immutable
public abstract class ClaimLine {

  @Value.Parameter
  public abstract String code();

  @Value.Parameter
  public abstract List<Modifier> modifiers();

  @Value.Parameter
  public abstract int units();

  /** SpineCode's own plain words for the code; never CPT descriptor text. */
  @Value.Parameter
  public abstract String label();

  /** The levels this line covers, head to tail. */
  @Value.Parameter
  public abstract List<String> levels();

  /**
   * The encounter's diagnoses this line is for: 1-based positions in its {@code diagnoses}, at
   * most {@value #MAX_DIAGNOSIS_POINTERS}, in the encounter's order; empty without diagnoses.
   */
  @Value.Parameter
  public abstract List<Integer> diagnosisPointers();

  /** A service line points at four diagnoses at most (837P SV107, CMS-1500 box 24E). */
  public static final int MAX_DIAGNOSIS_POINTERS = 4;

  @Value.Check
  protected void check() {
    if (units() < 1) {
      throw new InvalidInputException("units", "a claim line has at least one unit");
    }
    if (diagnosisPointers().size() > MAX_DIAGNOSIS_POINTERS) {
      throw new InvalidInputException("diagnosisPointers", "a line points at " + MAX_DIAGNOSIS_POINTERS
          + " diagnoses at most");
    }
    for (int pointer : diagnosisPointers()) {
      if (pointer < 1) {
        throw new InvalidInputException("diagnosisPointers", "a pointer is a 1-based position in the diagnoses");
      }
    }
  }

  /** A line with its modifiers in claim order and the levels it covers, head to tail. */
  public static ClaimLine of(String code, Iterable<? extends Modifier> modifiers, int units, String label,
      Iterable<String> levels) {
    return ImmutableClaimLine.of(code, modifiers, units, label, levels, List.of());
  }

  /** The same line pointing at the given diagnoses (1-based positions). */
  public ClaimLine pointingAt(List<Integer> pointers) {
    return ImmutableClaimLine.of(code(), modifiers(), units(), label(), levels(), pointers);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableClaimLine.Builder {}
}
