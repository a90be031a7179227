package org.spinecode.plugin.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.encounter.Approach;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * A compact way to write table-driven coding cases. Targets are written as {@code L4-L5:B} (level
 * and side R, L or B), {@code L3+L4+L5:R} (nerves) or {@code L4-L5} (no side); the outcome reads
 * {@code 64493-50-KX x1, 64494-50-KX x1} (lines sorted) plus the WARNING and ERROR rule ids.
 */
public final class CodingCase {
  private final Encounter.Builder encounter = Encounter.builder();
  private final List<Procedure.Builder> procedures = new ArrayList<>();
  private Procedure.Builder procedure;
  private boolean payerSet;

  private CodingCase(String family, String guidance) {
    and(family, guidance);
  }

  /**
   * Starts another procedure of the same encounter: what follows ({@code purpose}, {@code targets},
   * {@code caudal}, ...) describes it.
   */
  public CodingCase and(String family, String guidance) {
    procedure = Procedure.builder().family(ProcedureFamily.of(family)).guidance(Guidance.parse(guidance));
    procedures.add(procedure);
    return this;
  }

  /** A session of one procedure of this family under this guidance, on 2026-03-02 unless changed. */
  public static CodingCase of(String family, String guidance) {
    return new CodingCase(family, guidance);
  }

  public CodingCase payer(String payer) {
    encounter.payer(Payer.parse(payer));
    payerSet = true;
    return this;
  }

  public CodingCase purpose(String purpose) {
    if (purpose != null && !purpose.isBlank()) {
      procedure.purpose(Purpose.parse(purpose));
    }
    return this;
  }

  public CodingCase caudal() {
    procedure.approach(Approach.CAUDAL);
    return this;
  }

  public CodingCase catheter() {
    procedure.indwellingCatheter(true);
    return this;
  }

  public CodingCase setting(String setting, String claimType) {
    encounter.setting(Setting.parse(setting)).claimType(ClaimType.parse(claimType));
    return this;
  }

  public CodingCase style(String style) {
    encounter.bilateralStyle(BilateralStyle.parse(style));
    return this;
  }

  /** Where the service was performed, such as {@code OH}: Medicare's contractor follows it. */
  public CodingCase state(String state) {
    encounter.state(UsState.parse(state));
    return this;
  }

  public CodingCase abn() {
    encounter.abnOnFile(true);
    return this;
  }

  private LocalDate date = LocalDate.of(2026, 3, 2);

  public CodingCase on(String date) {
    this.date = LocalDate.parse(date);
    return this;
  }

  /** A prior session: {@code 2025-05-10 FACET LUMBAR_SACRAL DIAGNOSTIC}. */
  public CodingCase prior(String session) {
    String[] parts = session.trim().split("\\s+");
    PriorSession.Builder prior = PriorSession.builder().dateOfService(LocalDate.parse(parts[0]))
        .family(ProcedureFamily.of(parts[1])).region(Region.valueOf(parts[2]));
    if (parts.length > 3) {
      prior.purpose(Purpose.parse(parts[3]));
    }
    encounter.addHistory(prior.build());
    return this;
  }

  public CodingCase targets(String targets) {
    if (targets == null || targets.isBlank()) {
      return this;
    }
    for (String token : targets.trim().split("\\s+")) {
      String[] parts = token.split(":");
      Target.Builder target = Target.builder();
      if (parts[0].contains("+")) {
        for (String nerve : parts[0].split("\\+")) {
          target.addNerves(MedialBranch.parse(nerve));
        }
      } else {
        target.level(SpinalLevel.parse(parts[0]));
      }
      if (parts.length > 1) {
        target.side(switch (parts[1]) {
          case "R" -> Laterality.RIGHT;
          case "L" -> Laterality.LEFT;
          default -> Laterality.BILATERAL;
        });
      }
      procedure.addTargets(target.build());
    }
    return this;
  }

  /** Codes the case. */
  public CodingResult codeWith(EncounterCoder coder) {
    if (!payerSet) {
      encounter.payer(Payer.COMMERCIAL);
    }
    for (Procedure.Builder each : procedures) {
      encounter.addProcedures(each.build());
    }
    return coder.code(encounter.dateOfService(date).build());
  }

  /** Lines as {@code 64493-50-KX x1}, sorted, comma-separated. */
  public static String lines(CodingResult result) {
    List<String> lines = new ArrayList<>();
    for (ClaimLine line : result.lines()) {
      StringBuilder text = new StringBuilder(line.code());
      for (Modifier modifier : line.modifiers()) {
        text.append('-').append(modifier.code());
      }
      lines.add(text.append(" x").append(line.units()).toString());
    }
    lines.sort(null);
    return String.join(", ", lines);
  }

  /** INFO rule ids, sorted, comma-separated. */
  public static String notes(CodingResult result) {
    List<String> rules = new ArrayList<>();
    for (Finding finding : result.findings()) {
      if (finding.severity() == Severity.INFO && !rules.contains(finding.rule())) {
        rules.add(finding.rule());
      }
    }
    rules.sort(null);
    return String.join(", ", rules);
  }

  /** WARNING and ERROR rule ids, sorted, comma-separated. */
  public static String rules(CodingResult result) {
    List<String> rules = new ArrayList<>();
    for (Finding finding : result.findings()) {
      if (finding.severity() != Severity.INFO && !rules.contains(finding.rule())) {
        rules.add(finding.rule());
      }
    }
    rules.sort(null);
    return String.join(", ", rules);
  }
}
