package org.spinecode.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.host.InstalledPlugin;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.rest.wire.PluginView;
import org.spinecode.rest.wire.PluginView.ClaimView;

/** Installed plugins as wire views, for the CLI listing and the REST server. */
public final class PluginViews {
  private PluginViews() {}

  /** For the server: the jar's file name only, so a client never learns the server's paths. */
  public static List<PluginView> published(PluginRegistry registry) {
    List<PluginView> views = new ArrayList<>();
    for (PluginView view : of(registry)) {
      String location = view.location();
      int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
      views.add(new PluginView(view.id(), view.version(), view.summary(), location.substring(slash + 1),
          view.accepts(), view.codes()));
    }
    return views;
  }

  /** For the local user: where each plugin was loaded from. */
  public static List<PluginView> of(PluginRegistry registry) {
    List<PluginView> views = new ArrayList<>();
    for (InstalledPlugin installed : registry.plugins()) {
      List<ClaimView> claims = new ArrayList<>();
      for (FamilyClaim claim : installed.descriptor().claims()) {
        claims.add(new ClaimView(claim.family().name(),
            claim.guidance().stream().sorted().map(Guidance::name).toList(),
            claim.aliases().stream().map(ProcedureFamily::name).sorted().toList()));
      }
      views.add(new PluginView(installed.descriptor().id(), installed.descriptor().version(),
          installed.descriptor().summary(), installed.location(), claims,
          PluginRegistry.codesOf(installed.plugin())));
    }
    return views;
  }
}
