package org.spinecode.plugin.data;

import java.util.HashMap;
import java.util.Map;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.policy.PayerPolicy;

/**
 * Points code definitions at a replacement policy table. Plugins attach the bundled table's rows;
 * a row of the replacement with the same id takes the place of the bundled value, so a limit or
 * date changed in an updated {@code policies.csv} reaches every code that carries it.
 */
final class PolicySwap {
  private final Map<PayerPolicy, PayerPolicy> replacements = new HashMap<>();

  PolicySwap(PolicyTable bundled, PolicyTable replacement) {
    for (String id : bundled.ids()) {
      PayerPolicy before = bundled.find(id).orElseThrow();
      PayerPolicy after = replacement.find(id).orElseThrow(() -> new DataLoadException(replacement.name(), 0,
          "policy " + id + " is missing; an updated table keeps every id of the bundled one"));
      if (!after.kind().equals(before.kind())) {
        throw new DataLoadException(replacement.name(), 0, "policy " + id + " must stay a " + before.kind());
      }
      if (!after.equals(before)) {
        replacements.put(before, after);
      }
    }
  }

  boolean changesNothing() {
    return replacements.isEmpty();
  }

  CodeDefinition apply(CodeDefinition d) {
    return CodeDefinitions.withPolicies(d, p -> replacements.getOrDefault(p, p));
  }
}
