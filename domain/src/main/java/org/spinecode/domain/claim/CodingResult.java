package org.spinecode.domain.claim;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The coded claim for one encounter. */
@Value.Immutable
public abstract class CodingResult {

  /** The encounter's reference, echoed. */
  @Value.Parameter
  public abstract Optional<String> id();

  @Value.Parameter
  public abstract List<ClaimLine> lines();

  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * The reference data the result was coded with: the code set, the policy tables and the NCCI/MUE
   * quarter, such as {@code codes 2026.1; policies 2026.1; ncci 2024Q3}; empty only for an engine
   * built without tables.
   */
  @Value.Default
  @Value.Parameter
  public String dataVersion() {
    return "";
  }

  /** True when some procedure could not be coded. */
  public boolean hasErrors() {
    for (Finding finding : findings()) {
      if (finding.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  public static CodingResult of(Optional<String> id, List<ClaimLine> lines, List<Finding> findings) {
    return ImmutableCodingResult.of(id, lines, findings, "");
  }

  public static CodingResult of(Optional<String> id, List<ClaimLine> lines, List<Finding> findings,
      String dataVersion) {
    return ImmutableCodingResult.of(id, lines, findings, dataVersion);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCodingResult.Builder {}
}
