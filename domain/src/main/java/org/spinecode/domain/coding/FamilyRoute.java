package org.spinecode.domain.coding;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;

/** Which coder codes a family under which guidance, and the other names callers use for it. */
@Value.Immutable
public abstract class FamilyRoute {

  public abstract ProcedureFamily family();

  public abstract Set<Guidance> guidance();

  public abstract FamilyCoder coder();

  /** Other names for the family, such as TRANSFORMATIONAL (a common slip for transforaminal). */
  public abstract Set<ProcedureFamily> aliases();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFamilyRoute.Builder {}
}
