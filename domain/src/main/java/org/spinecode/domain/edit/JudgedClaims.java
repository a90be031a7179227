package org.spinecode.domain.edit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.EditTable;

/**
 * The edit findings of SpineCode's own claims, kept by what the edits read of a claim: a
 * clinic's claims repeat a few combinations of lines, so each combination is judged once and its
 * findings (immutable values) are shared, up to {@link #KEPT} combinations. The tables never
 * change once built, so a kept answer stays right.
 */
final class JudgedClaims {
  static final int KEPT = 4_096;

  private final Map<ClaimAsRead, Finding[]> kept = new ConcurrentHashMap<>();

  /** The findings judged before for this claim, or null. */
  Finding[] get(ClaimAsRead claim) {
    return kept.get(claim);
  }

  void keep(ClaimAsRead claim, Finding[] findings) {
    if (kept.size() < KEPT) {
      kept.putIfAbsent(claim.kept(), findings);
    }
  }

  /**
   * Everything the edits read of SpineCode's own lines, and nothing else: the stretch of dates
   * (see {@link EditTables#stretch}), the payer's severity, the table, whether it is an ASC's own
   * claim, and each line's code, units and side modifiers, in claim order; on an ASC's own claim
   * also each line's levels, which decide how its RT and LT units pair up into levels. It reads
   * them from the lines themselves (immutable values), so looking a claim up copies nothing.
   */
  static final class ClaimAsRead {
    private final int stretch;
    private final Severity edit;
    private final EditTable table;
    private final boolean ascFacility;
    private final List<ClaimLine> lines;
    private final int hash;

    ClaimAsRead(int stretch, Severity edit, EditTable table, boolean ascFacility, List<ClaimLine> lines) {
      this.stretch = stretch;
      this.edit = edit;
      this.table = table;
      this.ascFacility = ascFacility;
      this.lines = lines;
      int h = ((stretch * 31 + edit.ordinal()) * 31 + table.ordinal()) * 2 + (ascFacility ? 1 : 0);
      for (int i = 0; i < lines.size(); i++) {
        ClaimLine line = lines.get(i);
        h = (h * 31 + line.code().hashCode()) * 31 + Long.hashCode(unitsAndSides(line));
        if (ascFacility) {
          h = h * 31 + line.levels().hashCode();
        }
      }
      this.hash = h;
    }

    /** The same claim holding its own copy of the lines, to be kept. */
    ClaimAsRead kept() {
      return new ClaimAsRead(stretch, edit, table, ascFacility, List.copyOf(lines));
    }

    /** Units, shifted left by three bits for the 50, RT and LT modifiers. */
    private static long unitsAndSides(ClaimLine line) {
      List<Modifier> modifiers = line.modifiers();
      int sides = 0;
      for (int i = 0; i < modifiers.size(); i++) {
        Modifier modifier = modifiers.get(i);
        sides |= modifier == Modifier.BILATERAL ? 1 : modifier == Modifier.RIGHT ? 2 : modifier == Modifier.LEFT ? 4 : 0;
      }
      return (long) line.units() << 3 | sides;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof ClaimAsRead)) {
        return false;
      }
      ClaimAsRead other = (ClaimAsRead) o;
      if (other.hash != hash || other.stretch != stretch || other.edit != edit || other.table != table
          || other.ascFacility != ascFacility || other.lines.size() != lines.size()) {
        return false;
      }
      for (int i = 0; i < lines.size(); i++) {
        ClaimLine line = lines.get(i);
        ClaimLine theirs = other.lines.get(i);
        if (line != theirs && (unitsAndSides(line) != unitsAndSides(theirs) || !line.code().equals(theirs.code())
            || ascFacility && !line.levels().equals(theirs.levels()))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
