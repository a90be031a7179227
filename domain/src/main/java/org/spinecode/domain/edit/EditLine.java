package org.spinecode.domain.edit;

import java.util.List;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Modifier;

/** A claim line read for the edits. */
final class EditLine {
  final String code;
  final int units;
  final boolean bilateral;
  final boolean right;
  final boolean left;
  /** A distinct-service modifier: 59, XE, XP, XS or XU. */
  final boolean distinct;
  /** The levels the line carries: SpineCode's own lines know them, billed lines do not (empty). */
  final List<String> levels;
  CodeEdits entry;

  private EditLine(String code, int units, boolean bilateral, boolean right, boolean left, boolean distinct,
      List<String> levels) {
    this.code = code;
    this.units = units;
    this.bilateral = bilateral;
    this.right = right;
    this.left = left;
    this.distinct = distinct;
    this.levels = levels;
  }

  static EditLine of(BilledLine billed) {
    boolean bilateral = false;
    boolean right = false;
    boolean left = false;
    boolean distinct = false;
    for (String modifier : billed.modifiers()) {
      switch (modifier) {
        case "50" -> bilateral = true;
        case "RT" -> right = true;
        case "LT" -> left = true;
        case "59", "XE", "XP", "XS", "XU" -> distinct = true;
        default -> { }
      }
    }
    return new EditLine(billed.code(), billed.units(), bilateral, right, left, distinct, List.of());
  }

  static EditLine of(ClaimLine line) {
    List<Modifier> modifiers = line.modifiers();
    return new EditLine(line.code(), line.units(), modifiers.contains(Modifier.BILATERAL),
        modifiers.contains(Modifier.RIGHT), modifiers.contains(Modifier.LEFT), false, line.levels());
  }

  /** RT without LT (and without 50): the line names one side, the right. */
  boolean rightOnly() {
    return right && !left && !bilateral;
  }

  /** LT without RT (and without 50). */
  boolean leftOnly() {
    return left && !right && !bilateral;
  }

  /** Neither 50 nor one side only: an unsided line, or one with both RT and LT, whose units may hold both sides of a level. */
  boolean holdsBothSides() {
    return !bilateral && right == left;
  }
}
