package org.spinecode.domain.claim;

import java.util.List;
import org.immutables.value.Value;

/** Something the coder should know about the result, with the authority behind it. */
@Value.Immutable
public abstract class Finding {

  public abstract String rule();

  public abstract Severity severity();

  public abstract String message();

  /** The codes the finding is about, when it is about codes. */
  public abstract List<String> codes();

  /** The rule's authority: a CPT convention, an LCD or article id, a payer policy. */
  public abstract String source();

  public static Finding of(String rule, Severity severity, String message, List<String> codes, String source) {
    return builder().rule(rule).severity(severity).message(message).addAllCodes(codes).source(source).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFinding.Builder {}
}
