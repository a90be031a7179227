package org.spinecode.domain.claim;

import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/** One line of the claim: a code, its modifiers in claim order, and units. */
@Value.Immutable
public abstract class ClaimLine {

  public abstract String code();

  public abstract List<Modifier> modifiers();

  public abstract int units();

  /** SpineCode's own plain words for the code; never CPT descriptor text. */
  public abstract String label();

  /** The levels this line covers, head to tail. */
  public abstract List<String> levels();

  @Value.Check
  protected void check() {
    if (units() < 1) {
      throw new InvalidInputException("units", "a claim line has at least one unit");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableClaimLine.Builder {}
}
