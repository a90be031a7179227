package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.edit.ClaimContext;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.policy.ClaimConventions;

/**
 * The coding engine: groups an encounter's procedures into sessions, hands each session to the
 * family coder routed for its family and guidance, runs the payer checks of the policy plan and
 * assembles claim lines. Immutable after construction (but for the code notes' bounded cache
 * of immutable findings), so one instance serves all threads. Results never depend on the order
 * plugins were found in. Routes are checked for clashes where plugins are registered.
 */
public final class CodingEngine implements EncounterCoder {
  private final Map<ProcedureFamily, Map<Guidance, FamilyRoute>> routes = new HashMap<>();
  private final CodeCatalogue catalogue;
  private final PolicyPlan plan;
  private final FamilyNames names;
  private final FamilyCalls calls;
  private final CodeNotes codeNotes;
  private final ClaimEdits edits;
  private final ClaimConventions conventions;
  /** The catalogue's codes that carry dates; a family's coder may hand back its own undated copy. */
  private final Map<String, CodeDefinition> dated = new HashMap<>();
  private final String dataVersion;
  private final PolicyHorizonNote horizonNote;

  public CodingEngine(List<FamilyRoute> familyRoutes, CodeCatalogue catalogue) {
    this(familyRoutes, catalogue, FamilyCalls.direct());
  }

  public CodingEngine(List<FamilyRoute> familyRoutes, CodeCatalogue catalogue, FamilyCalls calls) {
    this(familyRoutes, catalogue, calls, ClaimEdits.none(), ClaimConventions.cptOnly(), "");
  }

  /**
   * An engine that judges its own claim lines with {@code edits} (NCCI pairs, MUEs; codes not in
   * effect are refused), writes claims in the payers' {@code conventions}, and names
   * {@code dataVersion} on every result.
   */
  public CodingEngine(List<FamilyRoute> familyRoutes, CodeCatalogue catalogue, FamilyCalls calls,
      ClaimEdits edits, ClaimConventions conventions, String dataVersion) {
    this.catalogue = catalogue;
    this.edits = edits;
    this.conventions = conventions;
    this.dataVersion = dataVersion;
    for (CodeDefinition code : catalogue.codes()) {
      if (code.effectiveFrom().isPresent() || code.effectiveThrough().isPresent()) {
        dated.put(code.code(), code);
      }
    }
    this.calls = calls;
    for (FamilyRoute route : familyRoutes) {
      Map<Guidance, FamilyRoute> byGuidance =
          routes.computeIfAbsent(route.family(), f -> new EnumMap<>(Guidance.class));
      for (Guidance guidance : route.guidance()) {
        byGuidance.put(guidance, route);
      }
    }
    this.plan = new PolicyPlan(catalogue);
    this.names = new FamilyNames(familyRoutes, plan);
    this.codeNotes = new CodeNotes();
    this.horizonNote = new PolicyHorizonNote(catalogue);
  }

  private CodingEngine(CodingEngine engine, FamilyCalls calls) {
    this.routes.putAll(engine.routes);
    this.catalogue = engine.catalogue;
    this.plan = engine.plan;
    this.names = engine.names;
    this.codeNotes = engine.codeNotes;
    this.edits = engine.edits;
    this.conventions = engine.conventions;
    this.dated.putAll(engine.dated);
    this.dataVersion = engine.dataVersion;
    this.horizonNote = engine.horizonNote;
    this.calls = calls;
  }

  /** The same engine calling its family coders the given way, such as with a timeout. */
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

  /** The reference data named on every result. */
  @Override
  public String dataVersion() {
    return dataVersion;
  }

  @Override
  public CodingResult code(Encounter encounter) {
    List<PriorSession> history = names.history(encounter);
    List<Sessions.Draft> sessions = Sessions.of(encounter, names, routes);
    List<Billable> billables = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int s = 0; s < sessions.size(); s++) {
      Sessions.Draft draft = sessions.get(s);
      Session session = draft.build(encounter);
      FamilyCoding coding = draft.route == null ? unrouted(session) : calls.call(draft.route, session);
      List<CodedService> services = coding.services();
      List<Finding> notInEffect = null;
      for (int i = 0; i < services.size(); i++) {
        CodedService service = services.get(i);
        CodeDefinition dates = dated.isEmpty() ? null : dated.get(service.code().code());
        if (dates != null && !dates.inEffectOn(encounter.dateOfService())) {
          notInEffect = CodeDates.refuse(dates, encounter.dateOfService(), notInEffect);
          continue;
        }
        billables.add(new Billable(service, s, catalogue.rank(service.code().code())));
      }
      findings.addAll(coding.findings());
      if (notInEffect != null) {
        findings.addAll(notInEffect);
      }
    }
    findings.addAll(plan.apply(encounter, history, billables, conventions.marksDenials(encounter)));
    Modifier denial = encounter.abnOnFile() ? Modifier.GA : Modifier.GZ;
    List<ClaimLine> lines = ClaimAssembly.lines(billables, conventions.bilateralStyle(encounter), denial);
    ClaimContext claim = ClaimContext.of(encounter);
    codeNotes.addTo(billables, findings, edits.tables(), claim.table(), encounter.dateOfService());
    horizonNote.addTo(encounter, billables, findings);
    edits.judgeCoded(claim, lines, findings);
    return CodingResult.of(encounter.id(), lines, findings, dataVersion);
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
