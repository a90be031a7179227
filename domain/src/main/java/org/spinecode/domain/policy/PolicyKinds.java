package org.spinecode.domain.policy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of payer rule a policy table may hold: adding a kind is a value class declaring its
 * {@code KIND}, its line here, and its check in the engine's policy plan.
 */
public final class PolicyKinds {
  private static final List<PolicyKind<?>> ALL = List.of(
      LevelLimit.KIND,
      RegionLimit.KIND,
      FrequencyLimit.KIND,
      PurposeModifier.KIND,
      CoverageRule.KIND,
      PriorAuthorization.KIND,
      PrerequisiteSessions.KIND,
      ThoracolumbarJunction.KIND);

  private PolicyKinds() {}

  public static List<PolicyKind<?>> all() {
    return ALL;
  }

  public static Optional<PolicyKind<?>> named(String name) {
    for (PolicyKind<?> kind : ALL) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The kinds' names, for an error message. */
  public static String names() {
    return ALL.stream().map(PolicyKind::name).collect(Collectors.joining(", "));
  }
}
