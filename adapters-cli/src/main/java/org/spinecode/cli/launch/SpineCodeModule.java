package org.spinecode.cli.launch;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.nio.file.Path;
import java.util.Set;
import org.spinecode.domain.coding.EncounterCoder;
import org.spinecode.plugin.InstalledPlugin;
import org.spinecode.plugin.PluginDiscovery;
import org.spinecode.plugin.PluginRegistry;
import org.spinecode.rest.wire.WireCodec;

/**
 * Binds every installed plugin into a set (those found on the class path and in the drop-in
 * folder; a library user adds more with {@code Multibinder.newSetBinder(binder(),
 * InstalledPlugin.class)}) and provides the registry and engine over them.
 */
public final class SpineCodeModule extends AbstractModule {
  private final Path pluginsDir;

  /** @param pluginsDir the drop-in folder, or null for class-path plugins only */
  public SpineCodeModule(Path pluginsDir) {
    this.pluginsDir = pluginsDir;
  }

  @Override
  protected void configure() {
    Multibinder<InstalledPlugin> plugins = Multibinder.newSetBinder(binder(), InstalledPlugin.class);
    for (InstalledPlugin plugin : PluginDiscovery.find(getClass().getClassLoader(), pluginsDir)) {
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
  EncounterCoder coder(PluginRegistry registry) {
    return registry.engine();
  }

  @Provides
  @Singleton
  WireCodec codec() {
    return new WireCodec();
  }
}
