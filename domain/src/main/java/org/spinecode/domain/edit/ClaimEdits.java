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
 *   <li>{@code NCCI_PTP_EDIT}, for two codes that form a procedure-to-procedure pair in effect on
 *       the date ({@code codes} = [column one, column two]): WARNING for Medicare, INFO for other
 *       payers (the conventions table says which); on an indicator-1 pair, a distinct-service modifier (59, XE, XP, XS, XU) or
 *       opposite sides (RT on one line, LT on the other) make it INFO, since the record must
 *       support a distinct service; indicator 0 stays as it is, and 9 is no edit
 *       ({@link PtpJudge});</li>
 *   <li>{@code MUE_EXCEEDED}, for a code whose units exceed its MUE (MAI 1 per line; MAI 2 and 3
 *       the sum over every line of the code, any modifiers); WARNING for Medicare, INFO otherwise.
 *       On an ASC facility claim, a bilateral-indicator-1 code counts distinct levels: the two
 *       units that report one level done on both sides count as one, the contract's reading of
 *       Pub 100-04 ch. 14 §40.5 ({@link MueJudge});</li>
 *   <li>{@code ADD_ON_WITHOUT_PRIMARY}, for a billed add-on code without any of its primaries in
 *       effect on the claim: WARNING for a type 1 add-on, INFO for type 3 (none of its listed
 *       primaries) and type 2 (only when no non-add-on code is billed);</li>
 *   <li>{@code EDIT_TABLES_QUARTER} (INFO), when the date of service is outside the quarter of the
 *       loaded tables.</li>
 * </ul>
 * The practitioner tables judge professional and ASC facility claims, the outpatient-hospital
 * tables hospital-outpatient facility claims. Nothing here adds a modifier or removes a line.
 * The findings of SpineCode's own lines are kept per combination (bounded, see
 * {@link JudgedClaims}); lines someone else billed are judged afresh every time. The judges
 * visit each code of a claim once ({@link ClaimCodes}), so a claim costs time in proportion to
 * its lines.
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
   * Judges lines someone billed (check mode) without an encounter to read their levels from: code
   * dates, unknown codes and add-on rules are judged too, and distinct-service modifiers are read.
   * On an ASC's facility claim, the units of a bilateral code pair up as the lines alone suggest
   * (an unsided line counts half its units, RT and LT lines their larger side).
   *
   * @param context the date of service, payer, setting and claim type
   * @param billed the claim lines, in claim order
   * @return the findings, in a fixed order; empty when nothing applies
   */
  public List<Finding> judge(ClaimContext context, List<BilledLine> billed) {
    List<Finding> findings = new ArrayList<>();
    judge(context, ClaimCodes.billed(billed, tables), true, MueJudge.Levels.UNKNOWN, findings);
    return findings;
  }

  /**
   * Judges lines someone billed for an encounter SpineCode coded as {@code described}: as
   * {@link #judge(ClaimContext, List)}, except that on an ASC's facility claim the units of a code
   * SpineCode also bills count the encounter's distinct levels of it (CONTRACT.md, MUE_EXCEEDED).
   */
  public List<Finding> judge(ClaimContext context, List<BilledLine> billed, List<ClaimLine> described) {
    Map<String, Integer> bilateral = new HashMap<>();
    for (CodeLines lines : ClaimCodes.coded(described, tables).codes()) {
      bilateral.put(lines.code, lines.bilateralLevels());
    }
    List<Finding> findings = new ArrayList<>();
    judge(context, ClaimCodes.billed(billed, tables), true, MueJudge.Levels.described(bilateral), findings);
    return findings;
  }

  /**
   * Judges SpineCode's own claim lines (PTP pairs, MUEs and the quarter note) and adds the
   * findings to {@code findings}; the engine's allocation-light path. The engine keeps its lines
   * to codes in effect, so code dates and add-on rules are not judged.
   */
  public void judgeCoded(ClaimContext context, List<ClaimLine> lines, List<Finding> findings) {
    JudgedClaims.ClaimAsRead claim = new JudgedClaims.ClaimAsRead(tables.stretch(context.dateOfService()),
        severity(context), context.table(), context.ascFacility(), lines);
    Finding[] judged = judgedClaims.get(claim);
    if (judged == null) {
      List<Finding> found = new ArrayList<>(2);
      judge(context, ClaimCodes.coded(lines, tables), false, MueJudge.Levels.OWN, found);
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

  /** Every judge over one claim; {@code billed}: lines someone else chose, so dates and add-ons are judged too. */
  void judge(ClaimContext context, ClaimCodes claim, boolean billed, MueJudge.Levels levels, List<Finding> findings) {
    LocalDate date = context.dateOfService();
    Severity edit = severity(context);
    if (billed) {
      codeDates.judge(date, claim, findings);
    }
    pairs.judge(date, context.table(), edit, claim, findings);
    unitLimits.judge(date, context.table(), edit, context.ascFacility(), claim, levels, findings);
    if (billed) {
      addOns.judge(date, claim, findings);
    }
    Finding quarterNote = quarterNotes[tables.stretch(date)];
    if (quarterNote != null) {
      findings.add(quarterNote);
    }
  }
}
