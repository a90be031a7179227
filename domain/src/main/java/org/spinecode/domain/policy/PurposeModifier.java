package org.spinecode.domain.policy;

import org.immutables.value.Value;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.encounter.Purpose;

/** A modifier the payer wants on lines done for a purpose, such as KX on diagnostic blocks. */
@Value.Immutable
public abstract class PurposeModifier implements PayerPolicy {

  public static final PolicyKind<PurposeModifier> KIND = PolicyKind.perCode("PURPOSE_MODIFIER", PurposeModifier.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority())
          .purpose(row.oneOf("purpose", Purpose.class)).modifier(row.oneOf("modifier", Modifier.class))
          .build());

  public abstract Purpose purpose();

  public abstract Modifier modifier();

  @Override
  @Value.Default
  public PolicyScope scope() {
    return PolicyScope.everywhere();
  }

  @Override
  public String kind() {
    return KIND.name();
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
