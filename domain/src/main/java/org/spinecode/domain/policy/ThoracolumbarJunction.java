package org.spinecode.domain.policy;

import org.immutables.value.Value;

/**
 * A payer bills facet work at T12-L1 together with L1-L2 in one session as one lumbar region: the
 * T12-L1 joint on the cervical/thoracic primary, the lumbar add-ons after it, counted as a lumbar
 * session for frequency (Medicare: CGS A58364 and NGS). Where no such rule is in force, CPT's
 * regions apply. Facet and ablation coders consult it.
 */
@Value.Immutable
public abstract class ThoracolumbarJunction implements PayerPolicy {

  public static final PolicyKind<ThoracolumbarJunction> KIND = PolicyKind.perFamily("THORACOLUMBAR_JUNCTION", ThoracolumbarJunction.class,
      row -> builder().payer(row.payer()).window(row.window()).scope(row.scope()).authority(row.authority()).build());

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
    return "T12-L1 with L1-L2 in one session is one lumbar region: the cervical/thoracic primary, then the lumbar add-ons";
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableThoracolumbarJunction.Builder {}
}
