package org.spinecode.domain.edit;

import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One claim line as someone billed it: a code, its modifiers as written (such as {@code "50"},
 * {@code "RT"}, {@code "XS"}), and units.
 */
@Value.Immutable
public abstract class BilledLine {

  @Value.Parameter
  public abstract String code();

  /** Modifiers as written on the claim, in claim order; may be empty. */
  @Value.Parameter
  public abstract List<String> modifiers();

  /** Units; at least 1. */
  @Value.Parameter
  public abstract int units();

  /**
   * The diagnoses the line points at, as billed: 1-based positions in the encounter's
   * {@code diagnoses}; may be empty. {@code ClaimChecker} checks them against the encounter.
   */
  public abstract List<Integer> diagnosisPointers();

  @Value.Check
  protected void check() {
    if (code().isBlank()) {
      throw new InvalidInputException("code", "a billed line needs a code");
    }
    if (units() < 1) {
      throw new InvalidInputException("units", "a billed line has at least one unit");
    }
  }

  public static BilledLine of(String code, List<String> modifiers, int units) {
    return ImmutableBilledLine.of(code, modifiers, units);
  }

  /** One unit, no modifiers. */
  public static BilledLine of(String code) {
    return ImmutableBilledLine.of(code, List.of(), 1);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableBilledLine.Builder {}
}
