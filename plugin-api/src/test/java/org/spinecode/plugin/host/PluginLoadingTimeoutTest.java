package org.spinecode.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.plugin.FamilyPlugin;

/**
 * A drop-in plugin that hangs while it is loaded fails discovery like a broken jar, naming the jar
 * and the class, instead of hanging every command that looks for plugins.
 */
class PluginLoadingTimeoutTest {
  private static final String HANGING = HangingDescriptorPlugin.class.getName();

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // without the loading timeout, discovery never returns
  void a_plugin_whose_descriptor_hangs_fails_discovery_naming_its_jar_and_class(@TempDir Path folder)
      throws IOException {
    Path jar = folder.resolve("hanging.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        InputStream bytes = HangingDescriptorPlugin.class.getResourceAsStream("HangingDescriptorPlugin.class")) {
      out.putNextEntry(new JarEntry(HANGING.replace('.', '/') + ".class"));
      bytes.transferTo(out);
      out.putNextEntry(new JarEntry("META-INF/services/" + FamilyPlugin.class.getName()));
      out.write((HANGING + "\n").getBytes(StandardCharsets.UTF_8));
    }

    assertThatThrownBy(() -> PluginDiscovery.find(withoutTheTestPlugin(), folder, Duration.ofMillis(500)))
        .isInstanceOfSatisfying(PluginLoadException.class, e -> assertThat(e.problems()).singleElement()
            .asString().contains(jar.toString(), HANGING, "did not finish loading within 500 ms",
                "descriptor()"));
  }

  /** The test's own class loader, except that the plugin class must come from the drop-in jar. */
  private static ClassLoader withoutTheTestPlugin() {
    return new ClassLoader(PluginLoadingTimeoutTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.equals(HANGING)) {
          throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
      }
    };
  }
}
