package org.spinecode.plugin.host;

import org.immutables.value.Value;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;

/** A plugin as installed: the instance, and where its classes came from. */
@Value.Immutable
public abstract class InstalledPlugin {

  public abstract FamilyPlugin plugin();

  /** The jar or folder the plugin class was loaded from, or {@code "(unknown)"}. */
  public abstract String location();

  public PluginDescriptor descriptor() {
    return plugin().descriptor();
  }

  public static InstalledPlugin of(FamilyPlugin plugin) {
    return builder().plugin(plugin).location(PluginDiscovery.locationOf(plugin.getClass())).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstalledPlugin}. */
  public static final class Builder extends ImmutableInstalledPlugin.Builder {}
}
