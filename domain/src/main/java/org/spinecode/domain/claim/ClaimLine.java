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

  @Value.Check
  protected void check() {
    if (units() < 1) {
      throw new InvalidInputException("units", "a claim line has at least one unit");
    }
  }

  /** A line with its modifiers in claim order and the levels it covers, head to tail. */
  public static ClaimLine of(String code, Iterable<? extends Modifier> modifiers, int units, String label,
      Iterable<String> levels) {
    return ImmutableClaimLine.of(code, modifiers, units, label, levels);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableClaimLine.Builder {}
}
