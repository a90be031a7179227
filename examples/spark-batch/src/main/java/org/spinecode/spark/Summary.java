package org.spinecode.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did: records coded, records refused (an error result instead of lines), and the
 * findings of the coded records counted by rule.
 */
record Summary(long coded, long refused, Map<String, Long> findingsByRule) implements Serializable {

  Summary {
    findingsByRule = Map.copyOf(findingsByRule);
  }

  long records() {
    return coded + refused;
  }

  /** The summary as printed at the end of a run; rules sorted by name. */
  String render() {
    StringBuilder text = new StringBuilder()
        .append("records: ").append(records())
        .append(", coded: ").append(coded)
        .append(", refused: ").append(refused).append('\n')
        .append("findings by rule:").append(findingsByRule.isEmpty() ? " none" : "").append('\n');
    new TreeMap<>(findingsByRule).forEach((rule, count) ->
        text.append("  ").append(rule).append(": ").append(count).append('\n'));
    return text.toString();
  }
}
