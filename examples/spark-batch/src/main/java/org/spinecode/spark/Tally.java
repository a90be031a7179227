package org.spinecode.spark;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;
import org.spinecode.rest.wire.ResultJson;

/**
 * Counts results (and, in check mode, verdicts) as executors produce them, so the summary costs no second pass over the output.
 * Spark merges the counts of successful tasks only; a stage re-run after a lost executor can count
 * its records twice, which the summary then shows as more records than the input has.
 */
final class Tally extends AccumulatorV2<ResultJson, Summary> {
  private static final long serialVersionUID = 1L;

  private final boolean check;
  private long coded;
  private long refused;
  private long matched;
  private long differing;
  private HashMap<String, Long> rules = new HashMap<>();

  /** {@code check}: the results are checks, whose verdicts are counted too. */
  Tally(boolean check) {
    this.check = check;
  }

  @Override
  public boolean isZero() {
    return coded == 0 && refused == 0 && matched == 0 && differing == 0 && rules.isEmpty();
  }

  @Override
  public Tally copy() {
    Tally copy = new Tally(check);
    copy.coded = coded;
    copy.refused = refused;
    copy.matched = matched;
    copy.differing = differing;
    copy.rules = new HashMap<>(rules);
    return copy;
  }

  @Override
  public void reset() {
    coded = 0;
    refused = 0;
    matched = 0;
    differing = 0;
    rules = new HashMap<>();
  }

  @Override
  public void add(ResultJson result) {
    if (result.error() != null) {
      refused++;
      return;
    }
    coded++;
    if (result.differs()) {
      differing++;
    } else if (result.check() != null) {
      matched++;
    }
    for (ResultJson.FindingJson finding : result.findings()) {
      rules.merge(finding.rule(), 1L, Long::sum);
    }
  }

  @Override
  public void merge(AccumulatorV2<ResultJson, Summary> other) {
    Tally tally = (Tally) other;
    coded += tally.coded;
    refused += tally.refused;
    matched += tally.matched;
    differing += tally.differing;
    tally.rules.forEach((rule, count) -> rules.merge(rule, count, Long::sum));
  }

  @Override
  public Summary value() {
    return new Summary(coded, refused, Map.copyOf(rules), check, matched, differing);
  }
}
