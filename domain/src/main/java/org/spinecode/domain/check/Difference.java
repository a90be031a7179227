package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.Optional;
import org.immutables.value.Value;

/** One difference between the billed lines and SpineCode's, with why and the authority. */
@Value.Immutable
public abstract class Difference {

  @Value.Parameter
  public abstract DifferenceKind kind();

  @Value.Parameter
  public abstract String code();

  @Value.Parameter
  public abstract Optional<BilledLine> billed();

  @Value.Parameter
  public abstract Optional<BilledLine> expected();

  @Value.Parameter
  public abstract String message();

  @Value.Parameter
  public abstract String source();

  public static Difference of(DifferenceKind kind, String code, Optional<? extends BilledLine> billed,
      Optional<? extends BilledLine> expected, String message, String source) {
    return ImmutableDifference.of(kind, code, billed, expected, message, source);
  }
}
