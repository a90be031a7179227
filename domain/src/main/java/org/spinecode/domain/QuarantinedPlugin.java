package org.spinecode.domain;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.ProcedureFamily;

/**
 * A plugin the engine no longer calls: it did not answer within the plugin timeout once, and its
 * thread may still be running (a Java thread cannot be stopped), so every later procedure of its
 * families is refused with {@code CODING_FAILED} until the process restarts.
 */
@Value.Immutable
public abstract class QuarantinedPlugin {

  public abstract String pluginId();

  public abstract String pluginVersion();

  /** The families refused because of it, sorted. */
  public abstract Set<ProcedureFamily> families();

  /** Why, in a sentence such as "did not answer within 5000 ms". */
  public abstract String reason();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableQuarantinedPlugin.Builder {}
}
