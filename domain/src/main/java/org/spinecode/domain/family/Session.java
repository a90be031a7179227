package org.spinecode.domain.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Setting;

/**
 * The procedures of one family on one date that one coder codes together: one session, whose
 * targets merge (a level named twice on a side counts once). Fluoroscopy and CT work is one
 * session; so is all interlaminar work of a date. Each procedure keeps its own guidance.
 */
@Value.Immutable
public abstract class Session {

  @Value.Parameter
  public abstract LocalDate dateOfService();

  @Value.Parameter
  public abstract Payer payer();

  @Value.Parameter
  public abstract Setting setting();

  @Value.Parameter
  public abstract ProcedureFamily family();

  /**
   * The guidance that decides the session's codes: fluoroscopy or CT if any procedure used them,
   * else ultrasound if any did, else none. A coder that treats procedures differently by guidance
   * (refusing the unguided ones) reads each procedure's own, or uses {@link #guidedBy}.
   */
  @Value.Parameter
  public abstract Guidance guidance();

  @Value.Parameter
  public abstract List<SessionProcedure> procedures();

  /** The procedures' field paths, for messages: {@code procedures[0], procedures[2]}. */
  public String paths() {
    List<String> paths = new ArrayList<>();
    for (SessionProcedure procedure : procedures()) {
      paths.add(procedure.path());
    }
    return String.join(", ", paths);
  }

  /** The same session with only the procedures done under one of {@code guidance}, or empty when none was. */
  public Optional<Session> guidedBy(Set<Guidance> guidance) {
    List<SessionProcedure> procedures = procedures();
    int kept = 0;
    for (int i = 0; i < procedures.size(); i++) {
      kept += guidance.contains(procedures.get(i).procedure().guidance()) ? 1 : 0;
    }
    if (kept == procedures.size()) {
      return Optional.of(this);  // the usual case: one guidance, nothing to copy
    }
    if (kept == 0) {
      return Optional.empty();
    }
    List<SessionProcedure> some = new ArrayList<>(kept);
    Guidance strongest = null;
    for (SessionProcedure procedure : procedures) {
      Guidance own = procedure.procedure().guidance();
      if (guidance.contains(own)) {
        some.add(procedure);
        strongest = strongest == null ? own : strongest.strongest(own);
      }
    }
    return Optional.of(of(dateOfService(), payer(), setting(), family(), strongest, some));
  }

  /** A session of these procedures, in encounter order. */
  public static Session of(LocalDate dateOfService, Payer payer, Setting setting, ProcedureFamily family,
      Guidance guidance, List<SessionProcedure> procedures) {
    return ImmutableSession.of(dateOfService, payer, setting, family, guidance, procedures);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSession.Builder {}
}
