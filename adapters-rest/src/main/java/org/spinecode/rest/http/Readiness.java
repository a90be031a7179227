package org.spinecode.rest.http;

import java.util.List;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.QuarantinedPlugin;

/**
 * {@code GET /ready} while some family plugin is quarantined: the server still codes every other
 * family, so it stays in service, and says which plugin it refuses and why.
 */
record Readiness(String status, List<Quarantined> quarantined) {

  record Quarantined(String plugin, String version, List<String> families, String reason) {}

  static Readiness degraded(List<QuarantinedPlugin> plugins) {
    return new Readiness("DEGRADED", plugins.stream().map(p -> new Quarantined(p.pluginId(), p.pluginVersion(),
        p.families().stream().map(ProcedureFamily::name).toList(), p.reason())).toList());
  }
}
