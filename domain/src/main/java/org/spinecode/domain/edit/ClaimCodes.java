package org.spinecode.domain.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.claim.ClaimLine;

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

  /** Lines someone billed. */
  static ClaimCodes billed(List<BilledLine> lines, EditTables tables) {
    List<EditLine> read = new ArrayList<>(lines.size());
    for (BilledLine line : lines) {
      read.add(EditLine.of(line));
    }
    return of(read, tables);
  }

  /** SpineCode's own lines, which know their levels. */
  static ClaimCodes coded(List<ClaimLine> lines, EditTables tables) {
    List<EditLine> read = new ArrayList<>(lines.size());
    for (ClaimLine line : lines) {
      read.add(EditLine.of(line));
    }
    return of(read, tables);
  }

  static ClaimCodes of(List<EditLine> lines, EditTables tables) {
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
