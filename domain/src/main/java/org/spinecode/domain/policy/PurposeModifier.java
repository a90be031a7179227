package org.spinecode.domain.policy;

import org.immutables.value.Value;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.encounter.Purpose;

/** A modifier the payer wants on lines done for a purpose, such as KX on diagnostic blocks. */
@Value.Immutable
public abstract class PurposeModifier implements PayerPolicy {

  public abstract Purpose purpose();

  public abstract Modifier modifier();

  @Override
  public String kind() {
    return "MODIFIER";
  }

  @Override
  public String findingRule() {
    return "";
  }

  @Override
  public String summary() {
    return modifier().code() + " on " + PayerPolicy.words(purpose().name()) + " lines";
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePurposeModifier.Builder {}
}
