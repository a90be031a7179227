package org.spinecode.plugin.host;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.spinecode.plugin.FamilyPlugin;
import java.util.zip.ZipFile;

/**
 * Finds plugins with {@link ServiceLoader} and an explicit class loader, the way
 * {@code java.sql.DriverManager} finds drivers: on a class path, and in a folder of drop-in jars,
 * each jar in its own loader whose parent shares the SPI. A provider that fails does not stop the
 * search; every failure is collected and reported together, naming the jar. A plugin that does
 * not finish loading within the loading timeout (10 s unless given) is such a failure too.
 */
public final class PluginDiscovery {
  private static final String SPI_CLASS = FamilyPlugin.class.getName().replace('.', '/') + ".class";

  private final List<InstalledPlugin> found = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Duration loadingTimeout;

  private PluginDiscovery(Duration loadingTimeout) {
    this.loadingTimeout = loadingTimeout;
  }

  /** Plugins on the class path of {@code loader}, plus every jar in {@code dropIns} (may be null), checked. */
  public static PluginRegistry discover(ClassLoader loader, Path dropIns) {
    return PluginRegistry.of(find(loader, dropIns));
  }

  /**
   * Plugins on the class path of {@code loader}, plus every jar in {@code dropIns} (may be null),
   * not yet checked against each other.
   *
   * @throws PluginLoadException listing every jar or provider that failed
   */
  public static List<InstalledPlugin> find(ClassLoader loader, Path dropIns) {
    return find(loader, dropIns, PluginLoading.DEFAULT_TIMEOUT);
  }

  /**
   * As {@link #find(ClassLoader, Path)}, giving each plugin {@code loadingTimeout} to be created
   * and to answer {@code descriptor()}.
   */
  public static List<InstalledPlugin> find(ClassLoader loader, Path dropIns, Duration loadingTimeout) {
    PluginDiscovery discovery = new PluginDiscovery(loadingTimeout);
    discovery.load(loader, null, "class path");
    if (dropIns != null) {
      discovery.loadFolder(dropIns, loader);
    }
    if (!discovery.problems.isEmpty()) {
      throw new PluginLoadException(discovery.problems);
    }
    return List.copyOf(discovery.found);
  }

  /** Plugins on the class path that loaded plugin-api. */
  public static PluginRegistry fromClassPath() {
    return discover(FamilyPlugin.class.getClassLoader(), null);
  }

  private void loadFolder(Path folder, ClassLoader parent) {
    if (!Files.isDirectory(folder)) {
      problems.add("plugins folder " + folder + " does not exist or is not a folder");
      return;
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(folder)) {
      jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      problems.add("cannot list plugins folder " + folder + ": " + e.getMessage());
      return;
    }
    for (Path jar : jars) {
      loadJar(jar, parent);
    }
  }

  private void loadJar(Path jar, ClassLoader parent) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      if (zip.getEntry(SPI_CLASS) != null) {
        problems.add(jar + " bundles the plugin API classes; depend on spinecode-plugin-api with"
            + " <scope>provided</scope> so the SPI is loaded once");
        return;
      }
      if (zip.getEntry("META-INF/services/" + FamilyPlugin.class.getName()) == null) {
        problems.add(jar + " registers no plugin: it has no META-INF/services/" + FamilyPlugin.class.getName());
        return;
      }
    } catch (IOException e) {
      problems.add(jar + " is not a readable jar: " + e.getMessage());
      return;
    }
    URL url;
    try {
      url = jar.toUri().toURL();
    } catch (MalformedURLException e) {
      problems.add(jar + ": " + e.getMessage());
      return;
    }
    // Never closed: the plugin's classes are in use for the life of the process.
    URLClassLoader loader = new URLClassLoader(new URL[] {url}, parent);
    int before = found.size();
    load(loader, loader, jar.toString());
    if (found.size() == before && problems.stream().noneMatch(p -> p.startsWith(jar.toString()))) {
      problems.add(jar + " registers no plugin that could be loaded");
    }
  }

  /** Loads providers visible to {@code loader}; with {@code own}, only those defined by it. */
  private void load(ClassLoader loader, ClassLoader own, String where) {
    Iterator<ServiceLoader.Provider<FamilyPlugin>> providers =
        ServiceLoader.load(FamilyPlugin.class, loader).stream().iterator();
    while (true) {
      ServiceLoader.Provider<FamilyPlugin> provider;
      try {
        if (!providers.hasNext()) {
          return;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        problems.add(where + ": " + describe(e));
        continue;
      }
      if (own != null && provider.type().getClassLoader() != own) {
        continue;
      }
      try {
        found.add(PluginLoading.within(loadingTimeout, provider.type().getName(), () -> {
          FamilyPlugin plugin = provider.get();
          plugin.descriptor();
          return InstalledPlugin.builder().plugin(plugin).location(locationOf(provider.type())).build();
        }));
      } catch (TimeoutException e) {
        problems.add(where + ": " + provider.type().getName() + " did not finish loading within "
            + loadingTimeout.toMillis() + " ms (its constructor or descriptor() hangs)");
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problems.add(where + ": " + provider.type().getName() + " failed to load: " + describe(e));
      }
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage();
    return root == e ? message : message + " (" + root + ")";
  }

  /** The jar or folder a class came from. */
  static String locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "(unknown)";
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }
}
