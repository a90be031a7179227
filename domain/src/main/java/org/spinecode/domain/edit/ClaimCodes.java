package org.spinecode.domain.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim's lines grouped by code, first seen first. The judges visit each code once and look
 * its partners up by code, so judging costs time in proportion to the lines, not their square.
 * {@link #steps()} counts that work (lines read, codes visited, table rows looked at), so a test
 * can hold it to linear growth without a clock.
 */
final class ClaimCodes {
  private final List<CodeLines> codes = new ArrayList<>();
  private final Map<String, CodeLines> byCode = new HashMap<>();
  private long steps;

  private ClaimCodes() {}

  static ClaimCodes of(EditLine[] lines, EditTables tables) {
    ClaimCodes claim = new ClaimCodes();
    for (EditLine line : lines) {
      CodeLines code = claim.byCode.get(line.code);
      if (code == null) {
        code = new CodeLines(line.code, tables.entry(line.code), claim.codes.size());
        claim.codes.add(code);
        claim.byCode.put(line.code, code);
      }
      code.add(line);
      claim.steps++;
    }
    return claim;
  }

  /** The codes in first-seen order. */
  List<CodeLines> codes() {
    return codes;
  }

  /** The lines of a code, or null when the claim has none. */
  CodeLines get(String code) {
    steps++;
    return byCode.get(code);
  }

  int size() {
    return codes.size();
  }

  /** Counts one unit of work: a code or line visited, a table row looked at. */
  void step() {
    steps++;
  }

  long steps() {
    return steps;
  }
}
