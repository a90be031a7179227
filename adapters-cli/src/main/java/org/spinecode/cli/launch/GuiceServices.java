package org.spinecode.cli.launch;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.util.Modules;
import org.spinecode.cli.command.Services;
import org.spinecode.cli.command.Startup;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginLoadException;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.rest.wire.WireCodec;

/** Services from a Guice injector; plugin problems surface as {@link PluginLoadException}. */
final class GuiceServices implements Services {
  private final Injector injector;

  GuiceServices(Startup startup, Module... extra) {
    try {
      this.injector = Guice.createInjector(Modules.combine(Modules.combine(extra),
          new SpineCodeModule(startup.pluginsDir(), startup.pluginTimeout(), startup.dataDir())));
    } catch (CreationException e) {
      throw unwrap(e);
    }
  }

  @Override
  public Installation installation() {
    return get(Installation.class);
  }

  @Override
  public PluginRegistry registry() {
    return get(PluginRegistry.class);
  }

  @Override
  public WireCodec codec() {
    return get(WireCodec.class);
  }

  private <T> T get(Class<T> type) {
    try {
      return injector.getInstance(type);
    } catch (ProvisionException e) {
      throw unwrap(e);
    }
  }

  private static RuntimeException unwrap(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PluginLoadException plugin) {
        return plugin;
      }
      if (cause instanceof DataLoadException data) {
        return data;
      }
    }
    return e;
  }
}
