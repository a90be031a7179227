package org.spinecode.cli.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;

/**
 * The counts behind the audit report, added from any thread. Memory is bounded: past
 * {@link #MAX_PATTERNS} distinct patterns, new ones are only counted in total.
 */
final class AuditTally {
  static final int MAX_PATTERNS = 10_000;

  /** One recurring difference: the same kind, code and reason; the lines are the example claim's. */
  record Pattern(String kind, String code, String billed, String expected, String message, String source,
      String exampleId, long count) {}

  private long checked;
  private long matched;
  private long differed;
  private long refused;
  private long uncounted;
  private final Map<String, Long> byKind = new TreeMap<>();
  private final Map<String, Long> byCode = new TreeMap<>();
  private final Map<String, Long> byRule = new TreeMap<>();
  private final Map<String, Pattern> patterns = new HashMap<>();

  synchronized void add(ResultJson result) {
    checked++;
    if (result.error() != null || result.check() == null) {
      refused++;
      return;
    }
    if (result.differs()) {
      differed++;
    } else {
      matched++;
    }
    for (DifferenceJson difference : result.check().differences()) {
      byKind.merge(difference.kind(), 1L, Long::sum);
      byCode.merge(difference.code(), 1L, Long::sum);
      String billed = ClaimText.of(difference.billed());
      String expected = ClaimText.of(difference.expected());
      // One pattern per kind, code and reason: the same mistake on other sides is the same pattern.
      String key = difference.kind() + '|' + difference.code() + '|' + difference.message();
      Pattern seen = patterns.get(key);
      if (seen != null) {
        String example = firstId(seen.exampleId(), result.id());
        boolean thisOne = example != null && example.equals(result.id());
        patterns.put(key, new Pattern(seen.kind(), seen.code(), thisOne ? billed : seen.billed(),
            thisOne ? expected : seen.expected(), seen.message(), seen.source(), example, seen.count() + 1));
      } else if (patterns.size() < MAX_PATTERNS) {
        patterns.put(key, new Pattern(difference.kind(), difference.code(), billed, expected, difference.message(),
            difference.source(), result.id(), 1));
      } else {
        uncounted++;
      }
    }
    for (FindingJson finding : result.check().findings()) {
      if (!"INFO".equals(finding.severity())) {
        byRule.merge(finding.rule(), 1L, Long::sum);
      }
    }
  }

  // The least id, not the first to arrive: parallel runs then name the same example.
  private static String firstId(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  /** The counts so far, copied. */
  synchronized Totals totals() {
    return new Totals(checked, matched, differed, refused, uncounted, new TreeMap<>(byKind), new TreeMap<>(byCode),
        new TreeMap<>(byRule));
  }

  /** What the report shows above the patterns; {@code uncounted}: differences in patterns past the bound. */
  record Totals(long checked, long matched, long differed, long refused, long uncounted, Map<String, Long> byKind,
      Map<String, Long> byCode, Map<String, Long> byRule) {}

  /** The most frequent first; ties in a fixed order. */
  synchronized List<Pattern> worstPatterns(int limit) {
    List<Pattern> sorted = new ArrayList<>(patterns.values());
    sorted.sort(Comparator.comparingLong(Pattern::count).reversed()
        .thenComparing(Pattern::kind).thenComparing(Pattern::code).thenComparing(Pattern::billed)
        .thenComparing(Pattern::expected).thenComparing(Pattern::message));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }
}
