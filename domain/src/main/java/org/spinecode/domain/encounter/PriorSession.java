package org.spinecode.domain.encounter;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.spine.Region;

/** An earlier session, as far as frequency limits need to know it. */
@Value.Immutable
public abstract class PriorSession {

  public abstract LocalDate dateOfService();

  public abstract ProcedureFamily family();

  public abstract Region region();

  /** Needed where a family's frequency limit is counted per purpose (facet). */
  public abstract Optional<Purpose> purpose();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePriorSession.Builder {}
}
