package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.ProcedureFamily;

/**
 * The family names callers may use and their canonical names: a procedure may name a routed
 * family or one of its aliases; history may also name a family only payer policies count (such as
 * a family whose plugin is not installed).
 */
final class FamilyNames {
  private final Map<ProcedureFamily, ProcedureFamily> routed = new HashMap<>();
  private final Map<ProcedureFamily, ProcedureFamily> historical = new HashMap<>();
  private final Set<ProcedureFamily> countedPerPurpose;
  private final String installed;

  FamilyNames(List<FamilyRoute> routes, PolicyPlan plan) {
    Set<ProcedureFamily> families = new TreeSet<>();
    for (FamilyRoute route : routes) {
      families.add(route.family());
      routed.put(route.family(), route.family());
      for (ProcedureFamily alias : route.aliases()) {
        routed.putIfAbsent(alias, route.family());
      }
    }
    historical.putAll(routed);
    for (ProcedureFamily family : plan.historyFamilies()) {
      historical.putIfAbsent(family, family);
    }
    this.countedPerPurpose = plan.countedPerPurpose();
    this.installed = String.join(", ", families.stream().map(ProcedureFamily::name).toList());
  }

  /** The canonical family of {@code procedures[index]}. */
  ProcedureFamily ofProcedure(ProcedureFamily family, int index) {
    return canonical(routed, family, "procedures", index);
  }

  /** The history with canonical family names, checked to carry the purpose where limits need it. */
  List<PriorSession> history(Encounter encounter) {
    List<PriorSession> history = encounter.history();
    if (history.isEmpty()) {
      return List.of();
    }
    List<PriorSession> canonical = new ArrayList<>(history.size());
    for (int i = 0; i < history.size(); i++) {
      PriorSession prior = history.get(i);
      ProcedureFamily family = canonical(historical, prior.family(), "history", i);
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

  private ProcedureFamily canonical(Map<ProcedureFamily, ProcedureFamily> known, ProcedureFamily family,
      String list, int index) {
    ProcedureFamily canonical = known.get(family);
    if (canonical == null) {
      throw new InvalidInputException(list + "[" + index + "].family", "unknown procedure family '" + family
          + "'; installed families: " + installed);
    }
    return canonical;
  }
}
