package org.spinecode.domain.check;

import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.claim.Finding;

/** The verdict on billed lines, how they differ from SpineCode's, and what the edits say of them. */
@Value.Immutable
public abstract class Check {

  @Value.Parameter
  public abstract Verdict verdict();

  @Value.Parameter
  public abstract List<Difference> differences();

  /** The claim edits' findings on the billed lines themselves. */
  @Value.Parameter
  public abstract List<Finding> findings();

  public static Check of(Verdict verdict, List<Difference> differences, List<Finding> findings) {
    return ImmutableCheck.of(verdict, differences, findings);
  }
}
