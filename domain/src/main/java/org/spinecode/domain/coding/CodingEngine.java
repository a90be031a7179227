package org.spinecode.domain.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.FrequencyLimit;
import org.spinecode.domain.catalogue.PrerequisiteSessions;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;

/**
 * The coding engine: groups an encounter's procedures into sessions, hands each session to the one
 * family coder routed for its family and guidance, applies the payer policies the code definitions
 * declare, and assembles claim lines. Stateless after construction but for a bounded, concurrent
 * cache of immutable IMAGING_INCLUDED findings, so one instance serves all threads. Results never
 * depend on the order plugins were found in.
 */
public final class CodingEngine implements EncounterCoder {
  /** How many IMAGING_INCLUDED findings are kept; past that they are built for each encounter. */
  static final int IMAGING_FINDINGS_KEPT = 1_024;

  private final Map<ProcedureFamily, Map<Guidance, FamilyCoder>> routes = new HashMap<>();
  /** Families a procedure may name: routed ones and their aliases. */
  private final Map<ProcedureFamily, ProcedureFamily> routedNames = new HashMap<>();
  /** Families history may name: also those only payer policies count (such as a family not installed). */
  private final Map<ProcedureFamily, ProcedureFamily> names = new HashMap<>();
  private final Set<ProcedureFamily> countedPerPurpose = new HashSet<>();
  private final CodeCatalogue catalogue;
  private final String knownFamilies;
  private final Map<Definitions, Finding> imagingFindings = new ConcurrentHashMap<>();

  public CodingEngine(List<FamilyRoute> familyRoutes, CodeCatalogue catalogue) {
    this.catalogue = catalogue;
    for (FamilyRoute route : familyRoutes) {
      Map<Guidance, FamilyCoder> byGuidance =
          routes.computeIfAbsent(route.family(), f -> new EnumMap<>(Guidance.class));
      for (Guidance guidance : route.guidance()) {
        FamilyCoder clash = byGuidance.putIfAbsent(guidance, route.coder());
        if (clash != null) {
          throw new IllegalArgumentException(route.family() + " with " + guidance
              + " is routed twice: " + clash.getClass().getName() + " and " + route.coder().getClass().getName());
        }
      }
      routedNames.put(route.family(), route.family());
      for (ProcedureFamily alias : route.aliases()) {
        routedNames.putIfAbsent(alias, route.family());
      }
    }
    names.putAll(routedNames);
    for (CodeDefinition code : catalogue.codes()) {
      names.putIfAbsent(code.family(), code.family());
      for (FrequencyLimit limit : code.frequencyLimits()) {
        registerHistoryFamilies(limit.families());
        if (limit.perPurpose()) {
          countedPerPurpose.addAll(limit.families());
        }
      }
      for (PrerequisiteSessions rule : code.prerequisites()) {
        registerHistoryFamilies(Set.of(rule.family()));
        registerHistoryFamilies(rule.waivedBy());
        countedPerPurpose.add(rule.family());
      }
    }
    this.knownFamilies = String.join(", ", new TreeSet<>(routes.keySet()).stream()
        .map(ProcedureFamily::name).toList());
  }

  private void registerHistoryFamilies(Set<ProcedureFamily> families) {
    for (ProcedureFamily family : families) {
      names.putIfAbsent(family, family);
    }
  }

  public CodeCatalogue catalogue() {
    return catalogue;
  }

  @Override
  public CodingResult code(Encounter encounter) {
    List<PriorSession> history = history(encounter);
    List<Session> sessions = sessions(encounter);
    List<Billable> billables = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int s = 0; s < sessions.size(); s++) {
      Session session = sessions.get(s);
      FamilyCoder coder = routes.get(session.family()).get(session.guidance());
      FamilyCoding coding = coder == null ? unrouted(session) : coder.code(session);
      List<CodedService> services = coding.services();
      for (int i = 0; i < services.size(); i++) {
        CodedService service = services.get(i);
        billables.add(new Billable(service, s, catalogue.rank(service.code().code())));
      }
      findings.addAll(coding.findings());
    }
    findings.addAll(PayerPolicies.apply(encounter, history, billables));
    Modifier denial = encounter.abnOnFile() ? Modifier.GA : Modifier.GZ;
    List<ClaimLine> lines = ClaimAssembly.lines(billables, encounter.claimBilateralStyle(), denial, CodingEngine::claimOrder);
    imagingIncluded(billables, findings);
    return CodingResult.of(encounter.id(), lines, findings);
  }

  /**
   * Session order, then primary before add-on, then covered before denied, then side, then the
   * first level. Written out rather than chained: the claim is sorted for every encounter.
   */
  private static int claimOrder(Billable a, Billable b) {
    int order = Integer.compare(a.session, b.session);
    if (order == 0) {
      order = Integer.compare(a.rank, b.rank);
    }
    if (order == 0) {
      order = Boolean.compare(a.expectedDenial, b.expectedDenial);
    }
    if (order == 0) {
      order = a.service.side().compareTo(b.service.side());
    }
    if (order == 0) {
      order = Integer.compare(a.service.levels().get(0).ordinal(), b.service.levels().get(0).ordinal());
    }
    return order;
  }

  /** Procedures of one family and guidance form one session; sessions in first-seen order. */
  private List<Session> sessions(Encounter encounter) {
    List<SessionDraft> drafts = new ArrayList<>(2);
    List<Procedure> procedures = encounter.procedures();
    for (int i = 0; i < procedures.size(); i++) {
      Procedure procedure = procedures.get(i);
      ProcedureFamily family = canonical(routedNames, procedure.family(), "procedures", i);
      SessionDraft.of(drafts, encounter, family, procedure.guidance())
          .session.addProcedures(SessionProcedure.of(i, procedure));
    }
    List<Session> built = new ArrayList<>(drafts.size());
    for (SessionDraft draft : drafts) {
      built.add(draft.session.build());
    }
    return built;
  }

  /** A session being gathered. An encounter has a few, so they are found by a scan, not hashed. */
  private static final class SessionDraft {
    final ProcedureFamily family;
    final Guidance guidance;
    final Session.Builder session;

    private SessionDraft(Encounter encounter, ProcedureFamily family, Guidance guidance) {
      this.family = family;
      this.guidance = guidance;
      this.session = Session.builder()
          .dateOfService(encounter.dateOfService())
          .payer(encounter.payer())
          .setting(encounter.setting())
          .family(family)
          .guidance(guidance);
    }

    static SessionDraft of(List<SessionDraft> drafts, Encounter encounter, ProcedureFamily family,
        Guidance guidance) {
      for (SessionDraft draft : drafts) {
        if (draft.guidance == guidance && draft.family.equals(family)) {
          return draft;
        }
      }
      SessionDraft draft = new SessionDraft(encounter, family, guidance);
      drafts.add(draft);
      return draft;
    }
  }

  private List<PriorSession> history(Encounter encounter) {
    List<PriorSession> history = encounter.history();
    List<PriorSession> canonical = new ArrayList<>(history.size());
    for (int i = 0; i < history.size(); i++) {
      PriorSession prior = history.get(i);
      ProcedureFamily family = canonical(names, prior.family(), "history", i);
      if (prior.purpose().isEmpty() && countedPerPurpose.contains(family)) {
        throw new InvalidInputException("history[" + i + "].purpose", "required for "
            + family + " sessions: their frequency limits count diagnostic and therapeutic sessions apart");
      }
      canonical.add(family.equals(prior.family()) ? prior : PriorSession.builder()
          .dateOfService(prior.dateOfService()).family(family).region(prior.region())
          .purpose(prior.purpose()).build());
    }
    return canonical;
  }

  /** The family's canonical name; {@code list} and {@code index} name the field if it is unknown. */
  private ProcedureFamily canonical(Map<ProcedureFamily, ProcedureFamily> known, ProcedureFamily family,
      String list, int index) {
    ProcedureFamily canonical = known.get(family);
    if (canonical == null) {
      throw new InvalidInputException(list + "[" + index + "].family", "unknown procedure family '" + family
          + "'; installed families: " + knownFamilies);
    }
    return canonical;
  }

  private FamilyCoding unrouted(Session session) {
    Set<Guidance> accepted = new TreeSet<>();
    Map<Guidance, FamilyCoder> byGuidance = routes.get(session.family());
    if (byGuidance != null) {
      accepted.addAll(byGuidance.keySet());
    }
    return FamilyCoding.refused(Finding.of(RuleIds.NO_CODE_FOR_GUIDANCE, Severity.ERROR,
        "No installed family codes " + session.family() + " with " + session.guidance()
            + " guidance" + (accepted.isEmpty() ? "" : " (installed: " + accepted + ")")
            + "; no line was produced for " + paths(session),
        List.of(), "SpineCode plugin registry"));
  }

  private static String paths(Session session) {
    List<String> paths = new ArrayList<>();
    for (SessionProcedure procedure : session.procedures()) {
      paths.add(procedure.path());
    }
    return String.join(", ", paths);
  }

  /**
   * CPT: the fluoroscopy or CT guidance is part of these codes (NCCI bundles 77003/77012). The
   * finding depends only on the distinct code definitions in first-seen order, and a clinic's
   * claims repeat a few combinations, so it is built once per combination and kept (up to
   * {@link #IMAGING_FINDINGS_KEPT}; findings are immutable, so results can share them).
   */
  private void imagingIncluded(List<Billable> billables, List<Finding> findings) {
    List<CodeDefinition> definitions = new ArrayList<>(4);
    for (Billable billable : billables) {
      CodeDefinition code = billable.service.code();
      if (!code.imagingIncluded().isEmpty() && !containsSame(definitions, code)) {
        definitions.add(code);
      }
    }
    if (definitions.isEmpty()) {
      return;
    }
    Definitions key = new Definitions(definitions);
    Finding finding = imagingFindings.get(key);
    if (finding == null) {
      finding = imagingIncluded(definitions);
      if (imagingFindings.size() < IMAGING_FINDINGS_KEPT) {
        imagingFindings.putIfAbsent(key, finding);
      }
    }
    findings.add(finding);
  }

  /** Codes in first-seen order, imaging codes distinct and sorted. */
  private static Finding imagingIncluded(List<CodeDefinition> definitions) {
    List<String> codes = new ArrayList<>(definitions.size());
    List<String> imaging = new ArrayList<>(4);
    for (CodeDefinition code : definitions) {
      addDistinct(codes, code.code());
      List<String> included = code.imagingIncluded();
      for (int i = 0; i < included.size(); i++) {
        addDistinct(imaging, included.get(i));
      }
    }
    imaging.sort(null);
    StringBuilder message = new StringBuilder(96).append("Imaging guidance is part of ");
    appendJoined(message, ", ", codes).append("; do not also report ");
    appendJoined(message, " or ", imaging);
    return Finding.of(RuleIds.IMAGING_INCLUDED, Severity.INFO, message.toString(),
        codes, "CPT guidelines for these codes; NCCI Policy Manual ch. 8");
  }

  private static boolean containsSame(List<CodeDefinition> definitions, CodeDefinition code) {
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i) == code) {
        return true;
      }
    }
    return false;
  }

  /**
   * Code definitions compared by identity, a cheap and exact key: the same definitions always
   * give the same finding (value equality would hash every policy a definition carries).
   */
  private static final class Definitions {
    private final CodeDefinition[] definitions;
    private final int hash;

    Definitions(List<CodeDefinition> definitions) {
      this.definitions = definitions.toArray(new CodeDefinition[0]);
      int h = 1;
      for (CodeDefinition definition : this.definitions) {
        h = 31 * h + System.identityHashCode(definition);
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Definitions) || ((Definitions) o).definitions.length != definitions.length) {
        return false;
      }
      for (int i = 0; i < definitions.length; i++) {
        if (((Definitions) o).definitions[i] != definitions[i]) {
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

  /**
   * Adds {@code value} unless the list has it. List.contains would do, but its shared equals()
   * call site sees every element class in the program, so it is not inlined; here it is String's.
   */
  private static void addDistinct(List<String> list, String value) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).equals(value)) {
        return;
      }
    }
    list.add(value);
  }

  /** String.join into an existing builder: this message is built for every encounter. */
  private static StringBuilder appendJoined(StringBuilder to, String separator, List<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        to.append(separator);
      }
      to.append(parts.get(i));
    }
    return to;
  }

  @Override
  public String toString() {
    return "CodingEngine" + routes.keySet().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().toList();
  }
}
