package org.spinecode.domain.family;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Setting;

/**
 * The procedures of one family with one guidance on one date: one session, whose targets merge
 * (a level named twice on a side counts once).
 */
@Value.Immutable
public abstract class Session {

  public abstract LocalDate dateOfService();

  public abstract Payer payer();

  public abstract Setting setting();

  public abstract ProcedureFamily family();

  public abstract Guidance guidance();

  public abstract List<SessionProcedure> procedures();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSession.Builder {}
}
