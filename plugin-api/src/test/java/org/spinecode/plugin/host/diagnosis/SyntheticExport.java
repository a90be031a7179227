package org.spinecode.plugin.host.diagnosis;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's synthetic coverage export (scenarios/mcd-synthetic, rows made up), which the diagnosis scenarios load too. */
public final class SyntheticExport {
  private SyntheticExport() {}

  public static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path export = dir.resolve("scenarios").resolve("mcd-synthetic");
      if (Files.isDirectory(export)) {
        return export;
      }
    }
    throw new IllegalStateException("scenarios/mcd-synthetic not found above " + Path.of("").toAbsolutePath());
  }
}
