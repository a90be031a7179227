package org.spinecode.domain.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.diagnosis.DiagnosisJudge;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.PolicyScreen;

/**
 * One claim under the policy checks: its billables, the history, the encounter's Medicare
 * contractor, and the findings the checks draft (WARNING, or advice). Lines are marked as expected denials (GZ, or GA with a signed ABN) only where the
 * payer has the ABN modifiers, as the claim conventions table says (Medicare: CMS Claims Processing
 * Manual ch. 30 §50); for other payers the WARNING alone tells the coder. Findings name the payer as
 * the table does.
 */
final class ClaimReview {
  private static final String MARKED_GA = "; marked " + Modifier.expectedDenialWords(true);
  private static final String MARKED_GZ = "; marked " + Modifier.expectedDenialWords(false);
  private static final String ARE_MARKED_GA = " are marked " + Modifier.expectedDenialWords(true);
  private static final String ARE_MARKED_GZ = " are marked " + Modifier.expectedDenialWords(false);

  final Encounter encounter;
  final List<PriorSession> history;
  final List<Billable> billables;
  final LocalDate date;
  private final int payerOrdinal;
  private final long day;
  private final boolean marksDenials;
  private final String payerWords;
  /** The kinds of policy the claim's codes have for its payer, as {@link PolicyKind#bit}s. */
  private final long kinds;
  final Contractor contractor;
  final DiagnosisJudge diagnoses;
  /** Per code, the diagnosis positions its billing article found covering; made when first needed. */
  private Map<String, List<Integer>> covering;
  /**
   * The findings drafted, in the order first drafted, and those added, made when first needed: most
   * claims draft none, and the rest a few, so a draft is found by its key in a list.
   */
  private List<Draft> drafts;
  private List<Finding> added;

  ClaimReview(Encounter encounter, List<PriorSession> history, List<Billable> billables, ClaimConvention convention,
      Contractor contractor, DiagnosisJudge diagnoses) {
    this.encounter = encounter;
    this.history = history;
    this.billables = billables;
    this.date = encounter.dateOfService();
    this.payerOrdinal = encounter.payer().ordinal();
    this.day = date.toEpochDay();
    this.marksDenials = convention.abnModifiers();
    this.payerWords = convention.payerWords();
    this.contractor = contractor;
    this.diagnoses = diagnoses;
    long codeKinds = 0;
    for (int i = 0; i < billables.size(); i++) {
      codeKinds |= billables.get(i).service.code().policyKinds(encounter.payer());
    }
    this.kinds = codeKinds;
  }

  /**
   * False when none of the claim's codes has a policy of the kind (its {@link PolicyKind#bit}) for
   * its payer: the kind's check has nothing to do.
   */
  boolean codesHave(long kindBit) {
    return (kinds & kindBit) != 0;
  }

  /** The first of the code's policies of the kind that holds for this claim, or null. */
  <T extends PayerPolicy> T firstInForce(CodeDefinition code, PolicyKind<T> kind) {
    List<PolicyScreen<T>> screens = code.screens(kind);
    for (int i = 0; i < screens.size(); i++) {
      if (inForce(screens.get(i))) {
        return screens.get(i).policy();
      }
    }
    return null;
  }

  /**
   * For each billable, in order, the first of its code's policies of the kind that holds for this
   * claim, or null; an empty list when none of them has one.
   */
  @SuppressWarnings("unchecked")
  <T extends PayerPolicy> List<T> firstInForceOfEach(PolicyKind<T> kind) {
    PayerPolicy[] found = null;
    for (int i = 0; i < billables.size(); i++) {
      T policy = firstInForce(billables.get(i).service.code(), kind);
      if (policy != null) {
        if (found == null) {
          found = new PayerPolicy[billables.size()];
        }
        found[i] = policy;
      }
    }
    return found == null ? List.of() : (List<T>) Arrays.asList(found);
  }

  /**
   * True when the policy holds for this claim: its payer, its date of service and where the service
   * was performed (the contractor's state, jurisdiction and LCDs in force).
   */
  boolean inForce(PolicyScreen<?> screen) {
    return screen.holds(payerOrdinal, day, contractor.stateBit, contractor.jurisdictionBit)
        && contractor.allowsDocuments(screen.lcd());
  }

  /** A finding drafted whole by a check, after the policy findings. */
  void add(Finding finding) {
    if (added == null) {
      added = new ArrayList<>(1);
    }
    added.add(finding);
  }

  /** Records the diagnosis positions the code's billing article found covering it. */
  void cover(String code, List<Integer> positions) {
    if (covering == null) {
      covering = new HashMap<>();
    }
    covering.put(code, positions);
  }

  /** Per code, the diagnosis positions its billing article found covering; empty where none decided. */
  Map<String, List<Integer>> covering() {
    return covering == null ? Map.of() : covering;
  }

  /** Marks the billable as an expected denial where the payer has the ABN modifiers. */
  void deny(Billable billable) {
    if (marksDenials) {
      billable.expectedDenial = true;
      billable.attestation = null;
    }
  }

  /**
   * The finding for {@code key} (one per rule and scope), drafted on first use; its message is
   * built only then. Add the codes it touches to the returned set.
   */
  Set<String> draft(String key, String rule, Supplier<String> message, PayerPolicy source) {
    return draft(key, rule, Severity.WARNING, message, source);
  }

  /** As {@link #draft(String, String, Supplier, PayerPolicy)}, for a finding of another severity (advice). */
  Set<String> draft(String key, String rule, Severity severity, Supplier<String> message, PayerPolicy source) {
    if (drafts == null) {
      drafts = new ArrayList<>(2);
    }
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i).key.equals(key)) {
        return drafts.get(i).codes;
      }
    }
    Draft draft = new Draft(key, rule, severity, message.get(), contractor.cite(source));
    drafts.add(draft);
    return draft.codes;
  }

  /** Adds the drafted findings, in the order first drafted, then those added whole. */
  void addFindingsTo(List<Finding> findings) {
    if (drafts != null) {
      for (Draft draft : drafts) {
        findings.add(Finding.of(draft.rule, draft.severity, draft.message, draft.codes.toList(), draft.source));
      }
    }
    if (added != null) {
      findings.addAll(added);
    }
  }

  String payerWords() {
    return payerWords;
  }

  /** "; marked GZ (no ABN on file)" where lines are marked, else nothing. */
  String denialWords() {
    return !marksDenials ? "" : encounter.abnOnFile() ? MARKED_GA : MARKED_GZ;
  }

  /** " are marked GZ (no ABN on file)" where lines are marked, else nothing. */
  String pluralDenialWords() {
    return !marksDenials ? "" : encounter.abnOnFile() ? ARE_MARKED_GA : ARE_MARKED_GZ;
  }

  /** A finding being gathered: one per rule and scope, listing every code it touches. */
  private static final class Draft {
    final String key;
    final String rule;
    final Severity severity;
    final String message;
    final String source;
    final FewCodes codes = new FewCodes();

    Draft(String key, String rule, Severity severity, String message, String source) {
      this.key = key;
      this.rule = Objects.requireNonNull(rule);
      this.severity = severity;
      this.message = message;
      this.source = source;
    }
  }
}
