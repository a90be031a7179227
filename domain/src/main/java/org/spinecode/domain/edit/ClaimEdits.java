package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/**
 * Judges the lines of one claim (one patient, one date of service) against CMS's NCCI tables and
 * the code dates: the one place every surface asks "may these lines go on this claim together?".
 * Immutable and thread-safe; build once at start and share.
 *
 * <p>The findings, in this order (docs/CONTRACT.md, rule identifiers):
 * <ul>
 *   <li>{@code CODE_NOT_IN_EFFECT} (ERROR), for a billed code not in effect on the date of service
 *       (62310/62311/62318/62319 after 2016, 72275 after 2021, 0228T-0231T after 2020), with what
 *       to report instead;</li>
 *   <li>{@code NOT_JUDGED} (INFO), for a billed code no loaded table knows;</li>
 *   <li>{@code NCCI_PTP_EDIT}, for two lines that form a procedure-to-procedure pair in effect on
 *       the date ({@code codes} = [column one, column two]): WARNING for Medicare, INFO for other
 *       payers; on an indicator-1 pair, a distinct-service modifier (59, XE, XP, XS, XU) on either
 *       billed line makes it INFO, since the record must support a distinct service; indicator 0
 *       stays as it is, and 9 is no edit;</li>
 *   <li>{@code MUE_EXCEEDED}, for a code whose units exceed its MUE (MAI 1 per line; MAI 2 and 3
 *       the sum over every line of the code, any modifiers); WARNING for Medicare, INFO otherwise.
 *       On an ASC facility claim, the two units that report one level done on both sides of a
 *       bilateral-indicator-1 code count as one (an RT and an LT unit, or half of an unsided
 *       line's units, rounded up): the contract's reading of Pub 100-04 ch. 14 §40.5;</li>
 *   <li>{@code ADD_ON_WITHOUT_PRIMARY}, for a billed add-on code without any of its primaries in
 *       effect on the claim: WARNING for a type 1 add-on, INFO for type 3 (none of its listed
 *       primaries) and type 2 (only when no non-add-on code is billed);</li>
 *   <li>{@code EDIT_TABLES_QUARTER} (INFO), when the date of service is outside the quarter of the
 *       loaded tables.</li>
 * </ul>
 * The practitioner tables judge professional and ASC facility claims, the outpatient-hospital
 * tables hospital-outpatient facility claims. Nothing here adds a modifier or removes a line.
 */
public final class ClaimEdits {
  private static final ClaimEdits NONE = new ClaimEdits(EditTables.empty(), List.of());

  private final EditTables tables;
  private final Map<String, DatedCode> dated = new HashMap<>();
  private final Finding quarterNote;

  private ClaimEdits(EditTables tables, Collection<DatedCode> codes) {
    this.tables = tables;
    for (DatedCode code : codes) {
      dated.putIfAbsent(code.code(), code);
    }
    this.quarterNote = tables.quarter().isEmpty() ? null : Finding.of(RuleIds.EDIT_TABLES_QUARTER, Severity.INFO,
        "The date of service is outside the quarter of the loaded NCCI/MUE tables; the " + tables.quarter()
            + " tables were used. Load the tables for the date of service (--data-dir) before relying on these edits",
        List.of(), "CMS NCCI quarterly files, " + tables.quarter());
  }

  /**
   * Claim edits over these tables and code dates.
   *
   * @param codes the codes with their dates: the installed families' and their neighbours'; the
   *     first entry for a code wins
   */
  public static ClaimEdits of(EditTables tables, Collection<DatedCode> codes) {
    return new ClaimEdits(tables, codes);
  }

  /** No tables and no code dates: judges nothing. */
  public static ClaimEdits none() {
    return NONE;
  }

  public EditTables tables() {
    return tables;
  }

  /** The dates of a code, if the code tables know it. */
  public Optional<DatedCode> datedCode(String code) {
    return Optional.ofNullable(dated.get(code));
  }

  /**
   * Judges a claim's lines.
   *
   * @param context the date of service, payer, setting and claim type
   * @param lines the claim lines, in claim order
   * @param billedByCaller true for lines someone else chose (check mode): then code dates, unknown
   *     codes and add-on rules are judged too, and distinct-service modifiers are read; false for
   *     SpineCode's own lines, which the engine has already kept to codes in effect
   * @return the findings, in a fixed order; empty when nothing applies
   */
  public List<Finding> judge(ClaimContext context, List<BilledLine> lines, boolean billedByCaller) {
    Line[] read = new Line[lines.size()];
    for (int i = 0; i < read.length; i++) {
      read[i] = Line.of(lines.get(i));
    }
    List<Finding> findings = new ArrayList<>();
    judge(context.dateOfService(), context.payer(), context.table(), context.ascFacility(), read, billedByCaller,
        findings);
    return findings;
  }

  /**
   * Judges SpineCode's own claim lines (PTP pairs, MUEs and the quarter note) and adds the
   * findings to {@code findings}; the engine's allocation-light path.
   */
  public void judgeCoded(ClaimContext context, List<ClaimLine> lines, List<Finding> findings) {
    Line[] read = new Line[lines.size()];
    for (int i = 0; i < read.length; i++) {
      read[i] = Line.of(lines.get(i));
    }
    judge(context.dateOfService(), context.payer(), context.table(), context.ascFacility(), read, false, findings);
  }

  private void judge(LocalDate date, Payer payer, EditTable table, boolean ascFacility, Line[] lines,
      boolean billed, List<Finding> findings) {
    Severity edit = payer == Payer.MEDICARE ? Severity.WARNING : Severity.INFO;
    for (Line line : lines) {
      line.entry = tables.entry(line.code);
    }
    if (billed) {
      codeDates(date, lines, findings);
    }
    pairs(date, table, edit, lines, billed, findings);
    unitLimits(date, table, edit, ascFacility, lines, findings);
    if (billed) {
      addOns(date, lines, findings);
    }
    if (quarterNote != null && !tables.inQuarter(date)) {
      findings.add(quarterNote);
    }
  }

  private void codeDates(LocalDate date, Line[] lines, List<Finding> findings) {
    for (int i = 0; i < lines.length; i++) {
      if (firstOfCode(lines, i)) {
        DatedCode code = dated.get(lines[i].code);
        if (code != null && !code.inEffectOn(date)) {
          findings.add(Finding.of(RuleIds.CODE_NOT_IN_EFFECT, Severity.ERROR, code.notInEffectWords(date),
              List.of(code.code()), code.authority()));
        } else if (code == null && lines[i].entry == null) {
          findings.add(Finding.of(RuleIds.NOT_JUDGED, Severity.INFO, lines[i].code
              + " is in none of the loaded code, NCCI or MUE tables, so no edit judged it", List.of(lines[i].code),
              "SpineCode reference data (spinecode data)"));
        }
      }
    }
  }

  private void pairs(LocalDate date, EditTable table, Severity edit, Line[] lines, boolean billed,
      List<Finding> findings) {
    Map<String, Object[]> found = null;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].entry == null) {
        continue;
      }
      for (int j = 0; j < lines.length; j++) {
        if (i == j || lines[i].code.equals(lines[j].code)) {
          continue;
        }
        PtpEdit pair = EditTables.ptp(lines[i].entry, table, lines[j].code, date);
        if (pair == null) {
          continue;
        }
        boolean bypassable = pair.modifierIndicator() == 1 && billed && (lines[i].distinct || lines[j].distinct);
        Severity severity = bypassable ? Severity.INFO : edit;
        if (found == null) {
          found = new LinkedHashMap<>();
        }
        Object[] seen = found.get(pair.columnOne() + ' ' + pair.columnTwo());
        if (seen == null) {
          found.put(pair.columnOne() + ' ' + pair.columnTwo(), new Object[] {pair, severity});
        } else if (severity.compareTo((Severity) seen[1]) < 0) {
          seen[1] = severity;
        }
      }
    }
    if (found == null) {
      return;
    }
    for (Object[] entry : found.values()) {
      PtpEdit pair = (PtpEdit) entry[0];
      Severity severity = (Severity) entry[1];
      findings.add(Finding.of(RuleIds.NCCI_PTP_EDIT, severity, ptpWords(pair, severity, table),
          List.of(pair.columnOne(), pair.columnTwo()), tables.ptpSource(table) + ", " + tables.quarter()));
    }
  }

  private static String ptpWords(PtpEdit pair, Severity severity, EditTable table) {
    String head = "NCCI procedure-to-procedure pair (" + table.words() + " table): " + pair.columnTwo()
        + " (column two) with " + pair.columnOne() + " (column one) on the same day";
    String tail = "; rationale: " + pair.rationale() + ". SpineCode adds no distinct-service modifier and removes no line";
    if (pair.modifierIndicator() == 0) {
      return head + " is not payable, and no modifier bypasses it (modifier indicator 0)" + tail;
    }
    if (severity == Severity.INFO) {
      return head + " is bundled unless a distinct-service modifier applies (modifier indicator 1); a"
          + " distinct-service modifier is billed, so the record must support a distinct service" + tail;
    }
    return head + " is bundled unless a distinct-service modifier (XS, XU, 59) applies and the record supports"
        + " a separate service (modifier indicator 1)" + tail;
  }

  private void unitLimits(LocalDate date, EditTable table, Severity edit, boolean ascFacility, Line[] lines,
      List<Finding> findings) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].entry == null || !firstOfCode(lines, i)) {
        continue;
      }
      MueLimit limit = EditTables.mue(lines[i].entry, table, date);
      if (limit == null) {
        continue;
      }
      boolean pairSides = ascFacility && lines[i].entry.bilateralIndicator == 1;
      int counted = limit.adjudication() == 1 ? maxLineUnits(lines, i, pairSides) : dayUnits(lines, i, pairSides);
      if (counted > limit.units()) {
        findings.add(Finding.of(RuleIds.MUE_EXCEEDED, edit, mueWords(limit, counted, table, pairSides),
            List.of(limit.code()), tables.mueSource(table) + ", " + tables.quarter()));
      }
    }
  }

  private static int maxLineUnits(Line[] lines, int first, boolean pairSides) {
    int max = 0;
    for (int j = first; j < lines.length; j++) {
      if (lines[j].code.equals(lines[first].code)) {
        Line line = lines[j];
        int units = pairSides && !line.bilateral && !line.right && !line.left ? (line.units + 1) / 2 : line.units;
        max = Math.max(max, units);
      }
    }
    return max;
  }

  private static int dayUnits(Line[] lines, int first, boolean pairSides) {
    int total = 0;
    int right = 0;
    int left = 0;
    for (int j = first; j < lines.length; j++) {
      Line line = lines[j];
      if (!line.code.equals(lines[first].code)) {
        continue;
      }
      if (!pairSides || line.bilateral) {
        total += line.units;
      } else if (line.right) {
        right += line.units;
      } else if (line.left) {
        left += line.units;
      } else {
        total += (line.units + 1) / 2;
      }
    }
    return total + Math.max(right, left);
  }

  private static String mueWords(MueLimit limit, int counted, EditTable table, boolean pairSides) {
    return limit.code() + ": " + counted + " unit(s) " + (limit.adjudication() == 1 ? "on one line" : "on the date")
        + (pairSides ? " (a level done on both sides counted once on the ASC's claim)" : "")
        + " exceed its Medically Unlikely Edit of " + limit.units() + " (" + table.words() + " table); "
        + limit.adjudicationWords() + "; rationale: " + limit.rationale();
  }

  private void addOns(LocalDate date, Line[] lines, List<Finding> findings) {
    for (int i = 0; i < lines.length; i++) {
      if (!firstOfCode(lines, i)) {
        continue;
      }
      List<AddOnRule> rules = lines[i].entry == null ? List.of() : tables.addOnRules(lines[i].code, date);
      if (rules.isEmpty()) {
        continue;
      }
      int type = rules.get(0).type();
      List<String> primaries = new ArrayList<>();
      for (AddOnRule rule : rules) {
        rule.primary().ifPresent(primaries::add);
      }
      boolean satisfied;
      if (type == 2) {
        satisfied = anyNonAddOnInEffect(lines, date);
      } else {
        satisfied = anyInEffect(lines, primaries, date);
      }
      if (!satisfied) {
        Severity severity = type == 1 ? Severity.WARNING : Severity.INFO;
        String words = type == 2
            ? lines[i].code + " is an add-on code (type 2: CMS lists no primaries) billed with no primary procedure"
                + " on the claim that day; the contractor decides which primaries it accepts"
            : lines[i].code + " is an add-on code (type " + type + ") billed without any of its primary codes"
                + " in effect on the claim that day (" + String.join(", ", primaries) + ")"
                + (type == 1 ? "; it is not paid without one" : "; other primaries may be acceptable");
        findings.add(Finding.of(RuleIds.ADD_ON_WITHOUT_PRIMARY, severity, words, List.of(lines[i].code),
            tables.addOnSource() + ", " + tables.quarter()));
      }
    }
  }

  private boolean anyInEffect(Line[] lines, List<String> primaries, LocalDate date) {
    for (Line line : lines) {
      if (primaries.contains(line.code) && inEffect(line.code, date)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyNonAddOnInEffect(Line[] lines, LocalDate date) {
    for (Line line : lines) {
      if ((line.entry == null || line.entry.asAddOn.length == 0) && inEffect(line.code, date)) {
        return true;
      }
    }
    return false;
  }

  private boolean inEffect(String code, LocalDate date) {
    DatedCode dates = dated.get(code);
    return dates == null || dates.inEffectOn(date);
  }

  private static boolean firstOfCode(Line[] lines, int i) {
    for (int j = 0; j < i; j++) {
      if (lines[j].code.equals(lines[i].code)) {
        return false;
      }
    }
    return true;
  }

  /** A claim line read for the edits. */
  private static final class Line {
    final String code;
    final int units;
    final boolean bilateral;
    final boolean right;
    final boolean left;
    /** A distinct-service modifier: 59, XE, XP, XS or XU. */
    final boolean distinct;
    EditTables.Entry entry;

    Line(String code, int units, boolean bilateral, boolean right, boolean left, boolean distinct) {
      this.code = code;
      this.units = units;
      this.bilateral = bilateral;
      this.right = right;
      this.left = left;
      this.distinct = distinct;
    }

    static Line of(BilledLine billed) {
      boolean bilateral = false;
      boolean right = false;
      boolean left = false;
      boolean distinct = false;
      for (String modifier : billed.modifiers()) {
        switch (modifier.trim().toUpperCase(java.util.Locale.ROOT)) {
          case "50" -> bilateral = true;
          case "RT" -> right = true;
          case "LT" -> left = true;
          case "59", "XE", "XP", "XS", "XU" -> distinct = true;
          default -> { }
        }
      }
      return new Line(billed.code().trim().toUpperCase(java.util.Locale.ROOT), billed.units(), bilateral, right,
          left, distinct);
    }

    static Line of(ClaimLine line) {
      List<Modifier> modifiers = line.modifiers();
      return new Line(line.code(), line.units(), modifiers.contains(Modifier.BILATERAL),
          modifiers.contains(Modifier.RIGHT), modifiers.contains(Modifier.LEFT), false);
    }
  }
}
