package org.spinecode.domain.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.QuarantinedPlugin;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.diagnosis.DiagnosisJudge;
import org.spinecode.domain.edit.ClaimContext;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.policy.ClaimConvention;
import org.spinecode.domain.policy.ClaimConventions;
import org.spinecode.domain.policy.MedicareContractors;

/**
 * The coding engine: groups an encounter's procedures into sessions, hands each session to the
 * family coder routed for its family and guidance, runs the payer checks of the policy plan and
 * assembles claim lines. Immutable after construction (but for the bounded caches of immutable
 * findings and lines), so one instance serves all threads. Results never depend on the order
 * plugins were found in. Routes are checked for clashes where plugins are registered.
 */
public final class CodingEngine implements EncounterCoder {
  private final Map<ProcedureFamily, Map<Guidance, FamilyRoute>> routes = new HashMap<>();
  private final CodeCatalogue catalogue;
  private final PolicyPlan plan;
  private final FamilyNames names;
  private final FamilyCalls calls;
  /** Shared with the copies {@link #withFamilyCalls} makes. */
  private final Quarantine quarantine;
  private final CodeNotes codeNotes;
  private final ClaimAssembly assembly;
  private final ClaimEdits edits;
  private final ClaimConventions conventions;
  private final String dataVersion;
  private final PolicyHorizonNote horizonNote;
  private final ServiceDateNote serviceDateNote;
  private final MedicareContractors contractors;
  private final DiagnosisJudge diagnoses;

  /** An engine without reference data (no edits, CPT's conventions only): for tests of the machinery. */
  public CodingEngine(List<FamilyRoute> familyRoutes, CodeCatalogue catalogue) {
    this(familyRoutes, catalogue, FamilyCalls.direct(), CodingData.builder().build(), Clock.systemDefaultZone());
  }

  /**
   * An engine over routes whose coders hand back the catalogue's own definitions, that codes with
   * {@code data} (claim edits, the payers' conventions, each Medicare contractor's documents and
   * dates, the diagnosis tables; its version named on every result) and tells today from
   * {@code clock}. The product's host builds it (org.spinecode.plugin.host.Installation).
   */
  public CodingEngine(List<FamilyRoute> familyRoutes, CodeCatalogue catalogue, FamilyCalls calls, CodingData data,
      Clock clock) {
    this.catalogue = catalogue;
    this.contractors = data.contractors();
    this.edits = data.edits();
    this.conventions = data.conventions();
    this.diagnoses = data.diagnoses();
    this.dataVersion = data.version();
    this.calls = calls;
    for (FamilyRoute route : familyRoutes) {
      Map<Guidance, FamilyRoute> byGuidance =
          routes.computeIfAbsent(route.family(), f -> new EnumMap<>(Guidance.class));
      for (Guidance guidance : route.guidance()) {
        byGuidance.put(guidance, route);
      }
    }
    this.quarantine = new Quarantine(familyRoutes);
    this.plan = new PolicyPlan(catalogue);
    this.names = new FamilyNames(familyRoutes, plan);
    this.codeNotes = new CodeNotes();
    this.assembly = new ClaimAssembly();
    this.horizonNote = new PolicyHorizonNote(catalogue, contractors);
    this.serviceDateNote = new ServiceDateNote(clock);
  }

  private CodingEngine(CodingEngine engine, FamilyCalls calls) {
    this.routes.putAll(engine.routes);
    this.catalogue = engine.catalogue;
    this.plan = engine.plan;
    this.names = engine.names;
    this.codeNotes = engine.codeNotes;
    this.assembly = engine.assembly;
    this.edits = engine.edits;
    this.conventions = engine.conventions;
    this.dataVersion = engine.dataVersion;
    this.horizonNote = engine.horizonNote;
    this.serviceDateNote = engine.serviceDateNote;
    this.contractors = engine.contractors;
    this.diagnoses = engine.diagnoses;
    this.calls = calls;
    this.quarantine = engine.quarantine;
  }

  /**
   * The same engine calling its family coders the given way, such as with a timeout. The copy
   * shares this engine's quarantine: a plugin one of them stopped calling, neither calls.
   */
  public CodingEngine withFamilyCalls(FamilyCalls familyCalls) {
    return new CodingEngine(this, familyCalls);
  }

  public CodeCatalogue catalogue() {
    return catalogue;
  }

  /** The claim edits this engine applies, for judging lines someone else billed. */
  public ClaimEdits claimEdits() {
    return edits;
  }

  /** How each payer wants its claims written, for judging lines someone else billed. */
  public ClaimConventions conventions() {
    return conventions;
  }

  /** The plugins this engine (or a copy of it) stopped calling after one did not answer in time, by id. */
  @Override
  public List<QuarantinedPlugin> quarantined() {
    return quarantine.plugins();
  }

  /** The reference data named on every result. */
  @Override
  public String dataVersion() {
    return dataVersion;
  }

  @Override
  public CodingResult code(Encounter encounter) {
    if (encounter.procedures().isEmpty()) {
      throw new InvalidInputException("procedures", "at least one procedure is required to code (only a check may"
          + " leave it out, to scrub billed lines)");
    }
    List<PriorSession> history = names.history(encounter);
    List<Billable> billables = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    codeSessions(encounter, billables, findings);
    return claim(encounter, history, billables, findings);
  }

  /**
   * Codes each session with its family's coder: the services in effect on the date of service
   * become billables, the rest findings. The two phases of {@link #code} are methods of their own
   * so that the JIT compiles each with its own inlining budget (docs/PERFORMANCE.md).
   */
  private void codeSessions(Encounter encounter, List<Billable> billables, List<Finding> findings) {
    List<Sessions.Draft> sessions = Sessions.of(encounter, names, routes);
    for (int s = 0; s < sessions.size(); s++) {
      Sessions.Draft draft = sessions.get(s);
      Session session = draft.build(encounter);
      FamilyCoding coding = draft.route == null ? unrouted(session) : calls.call(draft.route, session, quarantine);
      List<CodedService> services = coding.services();
      List<Finding> notInEffect = null;
      for (int i = 0; i < services.size(); i++) {
        CodedService service = services.get(i);
        if (!service.code().inEffectOn(encounter.dateOfService())) {
          notInEffect = CodeDates.refuse(service.code(), encounter.dateOfService(), notInEffect);
          continue;
        }
        billables.add(new Billable(service, s, catalogue.rank(service.code())));
      }
      addAll(findings, coding.findings());
      if (notInEffect != null) {
        findings.addAll(notInEffect);
      }
    }
  }

  /** Runs the payer checks over the billables and writes the claim: its lines, then the findings in their order. */
  private CodingResult claim(Encounter encounter, List<PriorSession> history, List<Billable> billables,
      List<Finding> findings) {
    ClaimConvention convention = conventions.of(encounter);
    Contractor contractor = Contractor.of(encounter, contractors);
    ClaimReview review = plan.apply(encounter, history, billables, convention, contractor, diagnoses);
    review.addFindingsTo(findings);
    Modifier denial = Modifier.expectedDenial(encounter.abnOnFile());
    BilateralStyle style = encounter.bilateralStyle().orElse(convention.bilateralStyle());
    List<ClaimLine> lines = DiagnosisPointers.assign(encounter, assembly.lines(billables, style, denial),
        review.covering());
    addAll(findings, diagnoses.validity(encounter));
    ClaimContext claim = ClaimContext.of(encounter);
    codeNotes.addTo(billables, findings, edits.tables(), claim.table(), encounter.dateOfService());
    horizonNote.addTo(encounter, convention, contractor, billables, findings);
    JurisdictionNote.addTo(encounter, contractor, contractors, findings);
    edits.judgeCoded(claim, lines, findings);
    serviceDateNote.addTo(encounter.dateOfService(), findings);
    return CodingResult.of(encounter.id(), lines, findings, dataVersion);
  }

  /** As {@link List#addAll}, without the array copy it makes even of an empty list: most lists here are. */
  private static void addAll(List<Finding> findings, List<Finding> more) {
    for (int i = 0; i < more.size(); i++) {
      findings.add(more.get(i));
    }
  }

  private FamilyCoding unrouted(Session session) {
    Set<Guidance> accepted = new TreeSet<>(routes.get(session.family()).keySet());
    return FamilyCoding.refused(Finding.of(RuleIds.NO_CODE_FOR_GUIDANCE, Severity.ERROR,
        "No installed family codes " + session.family() + " with " + session.guidance()
            + " guidance" + (accepted.isEmpty() ? "" : " (installed: " + accepted + ")")
            + "; no line was produced for " + session.paths(),
        List.of(), "SpineCode plugin registry"));
  }

  @Override
  public String toString() {
    return "CodingEngine" + routes.keySet().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().toList();
  }
}
