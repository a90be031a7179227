package org.spinecode.cli.launch;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.spinecode.plugin.host.InstalledPlugin;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.rest.wire.WireCodec;

/**
 * Binds every installed plugin into a set (those found on the class path and in the drop-in
 * folder; a library user adds more with {@code Multibinder.newSetBinder(binder(),
 * InstalledPlugin.class)}) and provides the registry and the {@link Installation} over them, the
 * one composition of plugins and reference data every command uses.
 */
public final class SpineCodeModule extends AbstractModule {
  private final List<InstalledPlugin> discovered;
  private final Duration pluginTimeout;
  private final Path dataDir;

  /**
   * Finds the plugins now, outside Guice, so a broken jar fails with its own message.
   *
   * @param pluginsDir the drop-in folder, or null for class-path plugins only
   * @throws org.spinecode.plugin.host.PluginLoadException naming every jar that failed
   */
  public SpineCodeModule(Path pluginsDir) {
    this(pluginsDir, DEFAULT_PLUGIN_TIMEOUT);
  }

  /**
   * @param pluginTimeout how long one family plugin may take over one procedure
   */
  public SpineCodeModule(Path pluginsDir, Duration pluginTimeout) {
    this(pluginsDir, pluginTimeout, null);
  }

  /**
   * @param dataDir a folder of newer official CMS files or replacement tables, or null for the bundled tables
   */
  public SpineCodeModule(Path pluginsDir, Duration pluginTimeout, Path dataDir) {
    this.dataDir = dataDir;
    this.discovered = PluginDiscovery.find(SpineCodeModule.class.getClassLoader(), pluginsDir);
    this.pluginTimeout = pluginTimeout;
  }

  /** Long enough for any family that codes in microseconds, short enough that a hung one is noticed. */
  public static final Duration DEFAULT_PLUGIN_TIMEOUT = Installation.DEFAULT_PLUGIN_TIMEOUT;

  @Override
  protected void configure() {
    Multibinder<InstalledPlugin> plugins = Multibinder.newSetBinder(binder(), InstalledPlugin.class);
    for (InstalledPlugin plugin : discovered) {
      plugins.addBinding().toInstance(plugin);
    }
  }

  @Provides
  @Singleton
  PluginRegistry registry(Set<InstalledPlugin> plugins) {
    return PluginRegistry.of(plugins);
  }

  @Provides
  @Singleton
  Installation installation(PluginRegistry registry) {
    return Installation.builder().plugins(registry).dataDir(dataDir).pluginTimeout(pluginTimeout)
        .clock(Clock.systemDefaultZone()).build();
  }

  @Provides
  @Singleton
  WireCodec codec() {
    return new WireCodec();
  }
}
