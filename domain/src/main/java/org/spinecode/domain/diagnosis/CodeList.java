package org.spinecode.domain.diagnosis;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** Codes an article lists one by one, and the ranges it lists as ranges. */
@Value.Immutable
public abstract class CodeList {
  private static final CodeList EMPTY = builder().build();

  /** Dotted upper case. */
  public abstract Set<String> codes();

  public abstract List<CodeRange> ranges();

  /** True when the code is listed, or falls in a listed range; any spelling of the code. */
  public boolean contains(String code) {
    if (codes().contains(DiagnosisCodes.normalise(code))) {
      return true;
    }
    for (CodeRange range : ranges()) {
      if (range.contains(code)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return codes().isEmpty() && ranges().isEmpty();
  }

  @Value.Check
  protected CodeList normalised() {
    for (String code : codes()) {
      if (!DiagnosisCodes.normalise(code).equals(code)) {
        Builder builder = builder().addAllRanges(ranges());
        codes().forEach(c -> builder.addCodes(DiagnosisCodes.normalise(c)));
        return builder.build();
      }
    }
    return this;
  }

  public static CodeList empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCodeList.Builder {}
}
