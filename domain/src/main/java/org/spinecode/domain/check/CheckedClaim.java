package org.spinecode.domain.check;

import org.immutables.value.Value;
import org.spinecode.domain.claim.CodingResult;

/** SpineCode's coding of the encounter, and the check of the lines that were billed for it. */
@Value.Immutable
public abstract class CheckedClaim {

  @Value.Parameter
  public abstract CodingResult result();

  @Value.Parameter
  public abstract Check check();

  public static CheckedClaim of(CodingResult result, Check check) {
    return ImmutableCheckedClaim.of(result, check);
  }
}
