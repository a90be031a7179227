package org.spinecode.domain.engine;

import org.spinecode.domain.QuarantinedPlugin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.Session;

/**
 * The plugins an engine stopped calling after one of them did not answer in time. Shared by an
 * engine and its copies with other family calls, so that the NDJSON pipeline's direct engine and
 * the timed engine it falls back to refuse the same plugins. Reading it costs one volatile read
 * while nothing is quarantined.
 */
final class Quarantine {
  private final Map<String, List<ProcedureFamily>> familiesByPlugin = new LinkedHashMap<>();
  private volatile Map<String, QuarantinedPlugin> plugins = Map.of();

  Quarantine(Collection<FamilyRoute> routes) {
    for (FamilyRoute route : routes) {
      familiesByPlugin.computeIfAbsent(route.pluginId(), id -> new ArrayList<>()).add(route.family());
    }
  }

  /** The refusal for a session of a quarantined plugin, or null when the plugin may be called. */
  FamilyCoding refusal(FamilyRoute route, Session session) {
    Map<String, QuarantinedPlugin> now = plugins;
    QuarantinedPlugin quarantined = now.isEmpty() ? null : now.get(route.pluginId());
    if (quarantined == null) {
      return null;
    }
    return FamilyCoding.refused(Finding.of(RuleIds.CODING_FAILED, Severity.ERROR,
        "The " + route.pluginId() + " plugin (version " + route.pluginVersion() + ") is quarantined: it "
            + quarantined.reason() + " on an earlier procedure and its thread may still be running, so "
            + String.join(", ", quarantined.families().stream().map(ProcedureFamily::name).toList())
            + " procedures are not coded until SpineCode restarts; no line was produced for " + session.paths()
            + ". The other procedures were coded",
        List.of(), FamilyCalls.SOURCE));
  }

  synchronized void add(FamilyRoute route, String reason) {
    if (plugins.containsKey(route.pluginId())) {
      return;
    }
    Map<String, QuarantinedPlugin> next = new LinkedHashMap<>(plugins);
    next.put(route.pluginId(), QuarantinedPlugin.builder().pluginId(route.pluginId())
        .pluginVersion(route.pluginVersion())
        .addAllFamilies(new TreeSet<>(familiesByPlugin.getOrDefault(route.pluginId(), List.of(route.family()))))
        .reason(reason).build());
    plugins = Map.copyOf(next);
  }

  /** Sorted by plugin id. */
  List<QuarantinedPlugin> plugins() {
    List<QuarantinedPlugin> sorted = new ArrayList<>(plugins.values());
    sorted.sort(Comparator.comparing(QuarantinedPlugin::pluginId));
    return List.copyOf(sorted);
  }
}
