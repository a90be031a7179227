package org.spinecode.plugin.host;

import java.util.List;

/**
 * The installed plugins cannot work together: every problem found (broken jars, providers that
 * fail to load, duplicate ids, overlapping claims) is listed at once, each naming the jar or class.
 */
public final class PluginLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public PluginLoadException(List<String> problems) {
    super("cannot load plugins:\n  - " + String.join("\n  - ", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
