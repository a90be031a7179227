package org.spinecode.cli.command;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the wiring needs from the command line.
 *
 * @param pluginsDir the drop-in folder, or null for class-path plugins only
 * @param pluginTimeout how long one family plugin may take over one procedure
 */
public record Startup(Path pluginsDir, Duration pluginTimeout, Path dataDir) {

  /** Without a data folder: the bundled CMS extract. */
  public Startup(Path pluginsDir, Duration pluginTimeout) {
    this(pluginsDir, pluginTimeout, null);
  }
}
