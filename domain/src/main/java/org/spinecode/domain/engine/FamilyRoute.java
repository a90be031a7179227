package org.spinecode.domain.engine;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.family.FamilyCoder;

/**
 * Which coder codes a family under which guidance, the other names callers use for it, and the
 * plugin behind it (named in a {@code CODING_FAILED} finding when the coder fails).
 */
@Value.Immutable
public abstract class FamilyRoute {

  public abstract ProcedureFamily family();

  public abstract Set<Guidance> guidance();

  public abstract FamilyCoder coder();

  /** Other names for the family, such as TRANSFORMATIONAL (a common slip for transforaminal). */
  public abstract Set<ProcedureFamily> aliases();

  /** The id of the plugin that contributes the coder. */
  public abstract String pluginId();

  public abstract String pluginVersion();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFamilyRoute.Builder {}
}
