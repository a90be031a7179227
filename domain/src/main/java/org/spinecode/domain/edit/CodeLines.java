package org.spinecode.domain.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of one code on a claim and what the edits read of them together: the units by side,
 * and whether the lines carry a distinct-service modifier or name one side only.
 */
final class CodeLines {
  final String code;
  /** The tables' entry for the code; null when no table knows it. */
  final CodeEdits entry;
  /** The code's place among the claim's codes, first seen first. */
  final int position;
  final List<EditLine> lines = new ArrayList<>(2);
  /** Units on lines with modifier 50. */
  int fifty;
  /** Units on lines with RT and neither LT nor 50. */
  int right;
  /** Units on lines with LT and neither RT nor 50. */
  int left;
  /** Units on lines without 50 that name no side or both: each unit one side of a level. */
  int unsided;
  /** Half of each unsided line's units, rounded down: the units that can be a level's second side. */
  int halves;
  boolean anyDistinct;
  boolean allDistinct = true;
  /** Every line without a distinct-service modifier names the right side only (true when there is none). */
  boolean plainRightOnly = true;
  boolean plainLeftOnly = true;

  CodeLines(String code, CodeEdits entry, int position) {
    this.code = code;
    this.entry = entry;
    this.position = position;
  }

  void add(EditLine line) {
    lines.add(line);
    if (line.bilateral) {
      fifty += line.units;
    } else if (line.rightOnly()) {
      right += line.units;
    } else if (line.leftOnly()) {
      left += line.units;
    } else {
      unsided += line.units;
      halves += line.units / 2;
    }
    anyDistinct |= line.distinct;
    allDistinct &= line.distinct;
    if (!line.distinct) {
      plainRightOnly &= line.rightOnly();
      plainLeftOnly &= line.leftOnly();
    }
  }

  /** Every unit of the code that day, any modifiers. */
  int units() {
    return fifty + right + left + unsided;
  }

  /** The units that may pair up as the two sides of one level, read from the lines alone. */
  int pairable() {
    return halves + Math.min(right, left);
  }

  /**
   * SpineCode's own lines: the level pairs they show. An unsided line holds two units a level
   * (TWO_UNITS), and an RT and an LT unit pair up only where their lines carry the same levels.
   */
  int ownPairs() {
    int sidePairs = Math.min(right, left);
    return halves + (sidePairs == 0 ? 0 : Math.min(sidePairs, sharedLevels()));
  }

  /** The levels done on both sides, counted in units of the code: SpineCode's 50 units and its pairs. */
  int bilateralLevels() {
    return fifty + ownPairs();
  }

  private int sharedLevels() {
    Set<String> rightLevels = new HashSet<>();
    for (EditLine line : lines) {
      if (line.rightOnly()) {
        rightLevels.addAll(line.levels);
      }
    }
    Set<String> shared = new HashSet<>();
    for (EditLine line : lines) {
      if (line.leftOnly()) {
        for (String level : line.levels) {
          if (rightLevels.contains(level)) {
            shared.add(level);
          }
        }
      }
    }
    return shared.size();
  }
}
