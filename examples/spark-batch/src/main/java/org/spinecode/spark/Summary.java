package org.spinecode.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did: records coded, records refused (an error result instead of lines), the findings
 * of the coded records counted by rule, and in check mode ({@code check}) the checked claims whose
 * billed lines matched SpineCode's and those that differed.
 */
record Summary(long coded, long refused, Map<String, Long> findingsByRule, boolean check, long matched,
    long differing) implements Serializable {

  Summary {
    findingsByRule = Map.copyOf(findingsByRule);
  }

  /** A coding run's summary. */
  Summary(long coded, long refused, Map<String, Long> findingsByRule) {
    this(coded, refused, findingsByRule, false, 0, 0);
  }

  long records() {
    return coded + refused;
  }

  /** The summary as printed at the end of a run; rules sorted by name. */
  String render() {
    StringBuilder text = new StringBuilder()
        .append("records: ").append(records())
        .append(", coded: ").append(coded)
        .append(", refused: ").append(refused).append('\n');
    if (check) {
      text.append("claims matched: ").append(matched).append(", differing: ").append(differing).append('\n');
    }
    text.append("findings by rule:").append(findingsByRule.isEmpty() ? " none" : "").append('\n');
    new TreeMap<>(findingsByRule).forEach((rule, count) ->
        text.append("  ").append(rule).append(": ").append(count).append('\n'));
    return text.toString();
  }
}
