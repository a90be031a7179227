package org.spinecode.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.EditTable;

/**
 * Judges the lines of one claim (one patient, one date of service) against CMS's NCCI tables and
 * the code dates: the one place every surface asks "may these lines go on this claim together?".
 * Thread-safe, and immutable but for a bounded cache of immutable findings; build once at start and share.
 *
 * <p>The findings, in this order (docs/CONTRACT.md, rule identifiers):
 * <ul>
 *   <li>{@code CODE_NOT_IN_EFFECT} (ERROR), for a billed code not in effect on the date of service
 *       (62310/62311/62318/62319 after 2016, 72275 after 2021, 0228T-0231T after 2020), with what
 *       to report instead;</li>
 *   <li>{@code NOT_JUDGED} (INFO), for a billed code no loaded table knows;</li>
 *   <li>{@code NCCI_PTP_EDIT}, for two lines that form a procedure-to-procedure pair in effect on
 *       the date ({@code codes} = [column one, column two]): WARNING for Medicare, INFO for other
 *       payers (the conventions table says which); on an indicator-1 pair, a distinct-service modifier (59, XE, XP, XS, XU) on either
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
 * The findings of SpineCode's own lines are kept per combination (bounded, see
 * {@link JudgedClaims}); lines someone else billed are judged afresh every time.
 */
public final class ClaimEdits {
  private static final ClaimEdits NONE = new ClaimEdits(EditTables.empty(), List.of(), ClaimConventions.cptOnly());

  private final EditTables tables;
  private final Map<String, DatedCode> dated = new HashMap<>();
  private final ClaimConventions conventions;
  /** The note for each stretch of dates (see {@link EditTables#stretch}), null where every table covers it. */
  private final Finding[] quarterNotes;
  private final CodeDateJudge codeDates;
  private final PtpJudge pairs;
  private final MueJudge unitLimits;
  private final AddOnJudge addOns;
  private final JudgedClaims judgedClaims = new JudgedClaims();

  private ClaimEdits(EditTables tables, Collection<DatedCode> codes, ClaimConventions conventions) {
    this.tables = tables;
    this.conventions = conventions;
    for (DatedCode code : codes) {
      dated.putIfAbsent(code.code(), code);
    }
    this.codeDates = new CodeDateJudge(dated);
    this.pairs = new PtpJudge(tables);
    this.unitLimits = new MueJudge(tables);
    this.addOns = new AddOnJudge(tables, dated);
    this.quarterNotes = QuarterNotes.byStretch(tables);
  }

  /**
   * Claim edits over these tables and code dates.
   *
   * @param codes the codes with their dates: the installed families' and their neighbours'; the
   *     first entry for a code wins
   * @param conventions the payers' conventions, which say how severe an edit finding is for each
   */
  public static ClaimEdits of(EditTables tables, Collection<DatedCode> codes, ClaimConventions conventions) {
    return new ClaimEdits(tables, codes, conventions);
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
    EditLine[] read = new EditLine[lines.size()];
    for (int i = 0; i < read.length; i++) {
      read[i] = EditLine.of(lines.get(i));
    }
    List<Finding> findings = new ArrayList<>();
    judge(context.dateOfService(), severity(context), context.table(), context.ascFacility(), read, billedByCaller,
        findings);
    return findings;
  }

  /**
   * Judges SpineCode's own claim lines (PTP pairs, MUEs and the quarter note) and adds the
   * findings to {@code findings}; the engine's allocation-light path.
   */
  public void judgeCoded(ClaimContext context, List<ClaimLine> lines, List<Finding> findings) {
    LocalDate date = context.dateOfService();
    EditTable table = context.table();
    boolean ascFacility = context.ascFacility();
    int stretch = tables.stretch(date);
    JudgedClaims.ClaimAsRead claim = new JudgedClaims.ClaimAsRead(stretch, severity(context), table, ascFacility,
        lines);
    Finding[] judged = judgedClaims.get(claim);
    if (judged == null) {
      EditLine[] read = new EditLine[lines.size()];
      for (int i = 0; i < read.length; i++) {
        read[i] = EditLine.of(lines.get(i));
      }
      List<Finding> found = new ArrayList<>(2);
      judge(date, severity(context), table, ascFacility, read, false, found);
      judged = found.toArray(new Finding[0]);
      judgedClaims.keep(claim, judged);
    }
    for (Finding finding : judged) {
      findings.add(finding);
    }
  }

  /** WARNING where the payer applies NCCI's edits to the claim (Medicare), INFO otherwise: the conventions table says. */
  private Severity severity(ClaimContext context) {
    return conventions.of(context.payer(), context.setting(), context.claimType(), context.dateOfService())
        .editSeverity();
  }

  private void judge(LocalDate date, Severity edit, EditTable table, boolean ascFacility, EditLine[] lines,
      boolean billed, List<Finding> findings) {
    for (EditLine line : lines) {
      line.entry = tables.entry(line.code);
    }
    if (billed) {
      codeDates.judge(date, lines, findings);
    }
    pairs.judge(date, table, edit, lines, billed, findings);
    unitLimits.judge(date, table, edit, ascFacility, lines, findings);
    if (billed) {
      addOns.judge(date, lines, findings);
    }
    Finding quarterNote = quarterNotes[tables.stretch(date)];
    if (quarterNote != null) {
      findings.add(quarterNote);
    }
  }
}
