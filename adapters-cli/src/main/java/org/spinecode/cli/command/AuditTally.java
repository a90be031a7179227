package org.spinecode.cli.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;

/**
 * The counts behind the audit report, added from any thread. Every count is of claims (a claim
 * with five 77003 lines is one claim with that pattern), so no count exceeds the claims checked.
 * Memory is bounded: past {@link #MAX_PATTERNS} distinct patterns, new ones are only counted in
 * total, each pattern keeps at most {@link #MAX_IDS} claim ids (the least, so parallel runs name
 * the same), and at most {@link #MAX_VERSIONS} data versions are kept.
 */
final class AuditTally {
  static final int MAX_PATTERNS = 10_000;
  static final int MAX_IDS = 20;
  static final int MAX_VERSIONS = 5;

  /**
   * One recurring difference: the same kind, code and reason; the lines are the first-named claim's.
   * {@code claims} counts the claims that show it, {@code ids} names the least of them, and
   * {@code unnamed} counts those without an id.
   */
  record Pattern(String kind, String code, String billed, String expected, String message, String source,
      long claims, List<String> ids, long unnamed) {}

  private long read;
  private long matched;
  private long differed;
  private long refused;
  private long uncounted;
  private final Map<String, Long> byKind = new TreeMap<>();
  private final Map<String, Long> byCode = new TreeMap<>();
  private final Map<String, Long> byRule = new TreeMap<>();
  private final Set<String> dataVersions = new TreeSet<>();
  private final Map<String, Tally> patterns = new HashMap<>();

  /** A pattern as it is being counted. */
  private static final class Tally {
    final String kind;
    final String code;
    final String message;
    final String source;
    String billed;
    String expected;
    long claims;
    long unnamed;
    final SortedSet<String> ids = new TreeSet<>();

    Tally(DifferenceJson difference) {
      this.kind = difference.kind();
      this.code = difference.code();
      this.message = difference.message();
      this.source = difference.source();
    }

    void add(String id, DifferenceJson difference) {
      claims++;
      if (id == null) {
        unnamed++;
        if (billed == null) {
          name(difference);
        }
        return;
      }
      ids.add(id);
      if (ids.first().equals(id) || billed == null) {
        name(difference);
      }
      if (ids.size() > MAX_IDS) {
        ids.remove(ids.last());
      }
    }

    private void name(DifferenceJson difference) {
      billed = ClaimText.of(difference.billed());
      expected = ClaimText.of(difference.expected());
    }

    Pattern pattern() {
      return new Pattern(kind, code, billed, expected, message, source, claims, List.copyOf(ids), unnamed);
    }
  }

  synchronized void add(ResultJson result) {
    read++;
    if (result.dataVersion() != null && dataVersions.size() < MAX_VERSIONS) {
      dataVersions.add(result.dataVersion());
    }
    if (result.error() != null || result.check() == null) {
      refused++;
      return;
    }
    if (result.differs()) {
      differed++;
    } else {
      matched++;
    }
    Set<String> kinds = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Map<String, DifferenceJson> seen = new HashMap<>();
    for (DifferenceJson difference : result.check().differences()) {
      kinds.add(difference.kind());
      codes.add(difference.code());
      // One pattern per kind, code and reason: the same mistake on other sides is the same pattern.
      seen.putIfAbsent(difference.kind() + '|' + difference.code() + '|' + difference.message(), difference);
    }
    kinds.forEach(kind -> byKind.merge(kind, 1L, Long::sum));
    codes.forEach(code -> byCode.merge(code, 1L, Long::sum));
    for (Map.Entry<String, DifferenceJson> entry : seen.entrySet()) {
      Tally pattern = patterns.get(entry.getKey());
      if (pattern == null && patterns.size() < MAX_PATTERNS) {
        pattern = new Tally(entry.getValue());
        patterns.put(entry.getKey(), pattern);
      }
      if (pattern == null) {
        uncounted++;
      } else {
        pattern.add(result.id(), entry.getValue());
      }
    }
    Set<String> rules = new HashSet<>();
    for (FindingJson finding : result.check().findings()) {
      if (!"INFO".equals(finding.severity())) {
        rules.add(finding.rule());
      }
    }
    rules.forEach(rule -> byRule.merge(rule, 1L, Long::sum));
  }

  /** The counts so far, copied. */
  synchronized Totals totals() {
    return new Totals(read, matched, differed, refused, uncounted, new TreeMap<>(byKind), new TreeMap<>(byCode),
        new TreeMap<>(byRule), List.copyOf(dataVersions));
  }

  /**
   * What the report shows above the patterns, every count of claims: {@code read} records,
   * {@code refused} of them invalid input, the rest checked (matched or differed);
   * {@code uncounted}: claims in patterns past the bound; {@code dataVersions}: the reference data
   * the results name (normally one).
   */
  record Totals(long read, long matched, long differed, long refused, long uncounted, Map<String, Long> byKind,
      Map<String, Long> byCode, Map<String, Long> byRule, List<String> dataVersions) {

    /** The claims compared with SpineCode's lines: refused records excluded. */
    long checked() {
      return matched + differed;
    }
  }

  /** The patterns found in the most claims first; ties in a fixed order. */
  synchronized List<Pattern> worstPatterns(int limit) {
    List<Pattern> sorted = new ArrayList<>(patterns.size());
    patterns.values().forEach(tally -> sorted.add(tally.pattern()));
    sorted.sort(Comparator.comparingLong(Pattern::claims).reversed()
        .thenComparing(Pattern::kind).thenComparing(Pattern::code).thenComparing(Pattern::billed)
        .thenComparing(Pattern::expected).thenComparing(Pattern::message));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }
}
