package org.spinecode.bench;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.plugin.host.PluginRegistry;

/** The engine the launcher builds (the host's installation, direct family calls): the shipped families, found on the class path. */
final class Engines {
  private Engines() {}

  static EncounterCoder fromClassPath() {
    PluginRegistry registry = PluginDiscovery.fromClassPath();
    if (registry.plugins().size() < 4) {
      throw new IllegalStateException("expected the four shipped family plugins on the class path, found "
          + registry.plugins().size());
    }
    return Installation.of(registry).directCoder();
  }
}
