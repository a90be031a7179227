package org.spinecode.domain.claim;

import java.util.List;
import org.immutables.value.Value;

/** Something the coder should know about the result, with the authority behind it. */
@Value.Immutable
public abstract class Finding {

  @Value.Parameter
  public abstract String rule();

  @Value.Parameter
  public abstract Severity severity();

  @Value.Parameter
  public abstract String message();

  /** The codes the finding is about, when it is about codes. */
  @Value.Parameter
  public abstract List<String> codes();

  /** The rule's authority: a CPT convention, an LCD or article id, a payer policy. */
  @Value.Parameter
  public abstract String source();

  public static Finding of(String rule, Severity severity, String message, List<String> codes, String source) {
    return ImmutableFinding.of(rule, severity, message, codes, source);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFinding.Builder {}
}
