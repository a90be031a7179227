package org.spinecode.domain.edit;

import java.util.List;
import java.util.Locale;
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
  CodeEdits entry;

  EditLine(String code, int units, boolean bilateral, boolean right, boolean left, boolean distinct) {
    this.code = code;
    this.units = units;
    this.bilateral = bilateral;
    this.right = right;
    this.left = left;
    this.distinct = distinct;
  }

  static EditLine of(BilledLine billed) {
    boolean bilateral = false;
    boolean right = false;
    boolean left = false;
    boolean distinct = false;
    for (String modifier : billed.modifiers()) {
      switch (modifier.trim().toUpperCase(Locale.ROOT)) {
        case "50" -> bilateral = true;
        case "RT" -> right = true;
        case "LT" -> left = true;
        case "59", "XE", "XP", "XS", "XU" -> distinct = true;
        default -> { }
      }
    }
    return new EditLine(billed.code().trim().toUpperCase(Locale.ROOT), billed.units(), bilateral, right,
        left, distinct);
  }

  static EditLine of(ClaimLine line) {
    List<Modifier> modifiers = line.modifiers();
    return new EditLine(line.code(), line.units(), modifiers.contains(Modifier.BILATERAL),
        modifiers.contains(Modifier.RIGHT), modifiers.contains(Modifier.LEFT), false);
  }

  /** True when no earlier line bills the same code. */
  static boolean firstOfCode(EditLine[] lines, int i) {
    for (int j = 0; j < i; j++) {
      if (lines[j].code.equals(lines[i].code)) {
        return false;
      }
    }
    return true;
  }
}
