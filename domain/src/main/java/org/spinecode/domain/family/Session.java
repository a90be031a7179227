package org.spinecode.domain.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Setting;

/**
 * The procedures of one family on one date that one coder codes together: one session, whose
 * targets merge (a level named twice on a side counts once). Fluoroscopy and CT work is one
 * session; so is all interlaminar work of a date. Each procedure keeps its own guidance.
 *
 * <p>Written out rather than generated: the engine makes one or two per encounter, and the
 * generated constructor, reached through two {@code of} overloads and a check of its list as an
 * {@code Iterable}, made the engine about 2.5% slower (docs/PERFORMANCE.md). The list is still
 * copied unless it is already an immutable JDK list.
 */
public final class Session {
  private final LocalDate dateOfService;
  private final Payer payer;
  private final Setting setting;
  private final ProcedureFamily family;
  private final Guidance guidance;
  private final List<SessionProcedure> procedures;

  private Session(LocalDate dateOfService, Payer payer, Setting setting, ProcedureFamily family, Guidance guidance,
      List<SessionProcedure> procedures) {
    this.dateOfService = Objects.requireNonNull(dateOfService, "dateOfService");
    this.payer = Objects.requireNonNull(payer, "payer");
    this.setting = Objects.requireNonNull(setting, "setting");
    this.family = Objects.requireNonNull(family, "family");
    this.guidance = Objects.requireNonNull(guidance, "guidance");
    this.procedures = List.copyOf(procedures);
  }

  /** A session of these procedures, in encounter order. */
  public static Session of(LocalDate dateOfService, Payer payer, Setting setting, ProcedureFamily family,
      Guidance guidance, List<SessionProcedure> procedures) {
    return new Session(dateOfService, payer, setting, family, guidance, procedures);
  }

  public LocalDate dateOfService() {
    return dateOfService;
  }

  public Payer payer() {
    return payer;
  }

  public Setting setting() {
    return setting;
  }

  public ProcedureFamily family() {
    return family;
  }

  /**
   * The guidance that decides the session's codes: fluoroscopy or CT if any procedure used them,
   * else ultrasound if any did, else none. A coder that treats procedures differently by guidance
   * (refusing the unguided ones) reads each procedure's own, or uses {@link #guidedBy}.
   */
  public Guidance guidance() {
    return guidance;
  }

  public List<SessionProcedure> procedures() {
    return procedures;
  }

  /** The procedures' field paths, for messages: {@code procedures[0], procedures[2]}. */
  public String paths() {
    List<String> paths = new ArrayList<>();
    for (SessionProcedure procedure : procedures) {
      paths.add(procedure.path());
    }
    return String.join(", ", paths);
  }

  /** The same session with only the procedures done under one of {@code guidance}, or empty when none was. */
  public Optional<Session> guidedBy(Set<Guidance> guidance) {
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
    return Optional.of(of(dateOfService, payer, setting, family, strongest, some));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Session other && dateOfService.equals(other.dateOfService) && payer == other.payer
        && setting == other.setting && family.equals(other.family) && guidance == other.guidance
        && procedures.equals(other.procedures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dateOfService, payer, setting, family, guidance, procedures);
  }

  @Override
  public String toString() {
    return "Session{dateOfService=" + dateOfService + ", payer=" + payer + ", setting=" + setting
        + ", family=" + family + ", guidance=" + guidance + ", procedures=" + procedures + "}";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** For tests and tools that assemble a session field by field; every field but the procedures is required. */
  public static final class Builder {
    private LocalDate dateOfService;
    private Payer payer;
    private Setting setting;
    private ProcedureFamily family;
    private Guidance guidance;
    private final List<SessionProcedure> procedures = new ArrayList<>();

    public Builder dateOfService(LocalDate dateOfService) {
      this.dateOfService = dateOfService;
      return this;
    }

    public Builder payer(Payer payer) {
      this.payer = payer;
      return this;
    }

    public Builder setting(Setting setting) {
      this.setting = setting;
      return this;
    }

    public Builder family(ProcedureFamily family) {
      this.family = family;
      return this;
    }

    public Builder guidance(Guidance guidance) {
      this.guidance = guidance;
      return this;
    }

    public Builder addProcedures(SessionProcedure... procedures) {
      return addAllProcedures(List.of(procedures));
    }

    public Builder addAllProcedures(Iterable<? extends SessionProcedure> procedures) {
      for (SessionProcedure procedure : procedures) {
        this.procedures.add(Objects.requireNonNull(procedure, "procedures element"));
      }
      return this;
    }

    /** The session; an {@link InvalidInputException} naming the first field not set. */
    public Session build() {
      require(dateOfService, "dateOfService");
      require(payer, "payer");
      require(setting, "setting");
      require(family, "family");
      require(guidance, "guidance");
      return of(dateOfService, payer, setting, family, guidance, procedures);
    }

    private static void require(Object value, String field) {
      if (value == null) {
        throw new InvalidInputException(field, "a session needs it");
      }
    }
  }
}
