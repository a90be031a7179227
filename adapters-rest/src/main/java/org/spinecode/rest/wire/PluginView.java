package org.spinecode.rest.wire;

import java.util.List;

/** An installed plugin as listed by {@code spinecode plugins} and {@code GET /v1/plugins}. */
public record PluginView(String id, String version, String summary, String location,
    List<ClaimView> accepts, List<String> codes) {

  /** A family the plugin codes and the guidance it accepts. */
  public record ClaimView(String family, List<String> guidance, List<String> aliases) {}
}
