package org.spinecode.rest.wire;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.encounter.Approach;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.DiagnosisCode;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.rest.wire.EncounterJson.PriorSessionJson;
import org.spinecode.rest.wire.EncounterJson.ProcedureJson;
import org.spinecode.rest.wire.EncounterJson.TargetJson;
import org.spinecode.rest.wire.ResultJson.ErrorJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * Maps wire records to domain values and back, without any JSON machinery, so every format (JSON,
 * NDJSON, CSV) shares one conversion. Every problem becomes an {@link InvalidInputException}
 * naming the field.
 */
public final class WireMapping {
  /** The error code of an encounter that failed validation. */
  public static final String INVALID_INPUT = "INVALID_INPUT";

  private final ServiceDates dates;

  public WireMapping(ServiceDates dates) {
    this.dates = dates;
  }

  /** Mapping against today's date on the system clock. */
  public WireMapping() {
    this(ServiceDates.systemClock());
  }

  /** The caller's id, if it is fit to echo. */
  public static String echoId(EncounterJson json) {
    return json == null ? null : echoable(json.id());
  }

  /** An id of 1-64 characters is echoed; a longer one is not the caller's reference. */
  public static String echoable(String id) {
    return id == null || id.length() > 64 ? null : id;
  }

  /**
   * Converts the wire encounter to the domain, naming the first bad field. Paths are built only
   * when something is wrong: each level adds its part as the exception passes through.
   */
  public Encounter toDomain(EncounterJson json) {
    Encounter.Builder encounter = Encounter.builder();
    if (json.id() != null) {
      encounter.id(json.id());
    }
    encounter.dateOfService(dates.check(date(json.dateOfService(), "dateOfService"), "dateOfService"));
    encounter.payer(required(json.payer(), "payer", Payer::parse));
    if (json.setting() != null) {
      encounter.setting(field(json.setting(), "setting", Setting::parse));
    }
    if (json.claimType() != null) {
      encounter.claimType(field(json.claimType(), "claimType", ClaimType::parse));
    }
    if (json.bilateralStyle() != null) {
      encounter.bilateralStyle(field(json.bilateralStyle(), "bilateralStyle", BilateralStyle::parse));
    }
    if (json.abnOnFile() != null) {
      encounter.abnOnFile(json.abnOnFile());
    }
    if (json.priorAuthorizationNumber() != null) {
      encounter.priorAuthorizationNumber(json.priorAuthorizationNumber());
    }
    if (json.state() != null) {
      encounter.state(field(json.state(), "state", UsState::parse));
    }
    if (json.medicareJurisdiction() != null) {
      encounter.medicareJurisdiction(field(json.medicareJurisdiction(), "medicareJurisdiction",
          MedicareJurisdiction::parse));
    }
    List<String> diagnoses = json.diagnoses();
    for (int i = 0; diagnoses != null && i < diagnoses.size(); i++) {
      encounter.addDiagnoses(field(diagnoses.get(i), "diagnoses[" + i + "]", DiagnosisCode::parse));
    }
    if (json.fhir() != null) {
      try {
        json.fhir().checked();
      } catch (InvalidInputException e) {
        throw e.within("fhir");
      }
    }
    List<PriorSessionJson> history = json.history();
    for (int i = 0; history != null && i < history.size(); i++) {
      try {
        encounter.addHistory(prior(history.get(i)));
      } catch (InvalidInputException e) {
        throw e.within("history[" + i + "]");
      }
    }
    List<ProcedureJson> procedures = json.procedures();
    if (procedures == null) {
      throw new InvalidInputException("procedures", "required: a non-empty array of the procedures done");
    }
    for (int i = 0; i < procedures.size(); i++) {
      try {
        encounter.addProcedures(procedure(procedures.get(i)));
      } catch (InvalidInputException e) {
        throw e.within("procedures[" + i + "]");
      }
    }
    return encounter.build();
  }

  private static PriorSession prior(PriorSessionJson json) {
    if (json == null) {
      throw new InvalidInputException("", "expected an object");
    }
    PriorSession.Builder prior = PriorSession.builder()
        .dateOfService(date(json.dateOfService(), "dateOfService"))
        .family(required(json.family(), "family", ProcedureFamily::of))
        .region(required(json.region(), "region", Region::parse));
    if (json.purpose() != null) {
      prior.purpose(field(json.purpose(), "purpose", Purpose::parse));
    }
    return prior.build();
  }

  private static Procedure procedure(ProcedureJson json) {
    if (json == null) {
      throw new InvalidInputException("", "expected an object");
    }
    Procedure.Builder procedure = Procedure.builder()
        .family(required(json.family(), "family", ProcedureFamily::of))
        .guidance(required(json.guidance(), "guidance", Guidance::parse));
    if (json.purpose() != null) {
      procedure.purpose(field(json.purpose(), "purpose", Purpose::parse));
    }
    if (json.approach() != null) {
      procedure.approach(field(json.approach(), "approach", Approach::parse));
    }
    if (json.indwellingCatheter() != null) {
      procedure.indwellingCatheter(json.indwellingCatheter());
    }
    List<TargetJson> targets = json.targets();
    for (int t = 0; targets != null && t < targets.size(); t++) {
      try {
        procedure.addTargets(target(targets.get(t)));
      } catch (InvalidInputException e) {
        throw e.within("targets[" + t + "]");
      }
    }
    return procedure.build();
  }

  private static Target target(TargetJson json) {
    if (json == null) {
      throw new InvalidInputException("", "expected an object with a level or nerves, and a side");
    }
    Target.Builder target = Target.builder();
    if (json.level() != null) {
      target.level(field(json.level(), "level", SpinalLevel::parse));
    }
    List<String> nerves = json.nerves();
    for (int k = 0; nerves != null && k < nerves.size(); k++) {
      try {
        target.addNerves(required(nerves.get(k), "", MedialBranch::parse));
      } catch (InvalidInputException e) {
        throw e.within("nerves[" + k + "]");
      }
    }
    if (json.side() != null) {
      target.side(field(json.side(), "side", Laterality::valueOfLenient));
    }
    return target.build();
  }

  /** An ISO date; the common YYYY-MM-DD form is read without the formatter machinery. */
  private static LocalDate date(String text, String field) {
    if (text == null) {
      throw new InvalidInputException(field, "required: an ISO date such as 2026-03-02");
    }
    try {
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      }
      return LocalDate.parse(text.strip());
    } catch (DateTimeException | NumberFormatException e) {
      throw new InvalidInputException(field, "'" + text + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static <T> T required(String text, String field, Function<String, T> parse) {
    if (text == null) {
      throw new InvalidInputException(field, "required");
    }
    return field(text, field, parse);
  }

  private static <T> T field(String text, String field, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (InvalidInputException e) {
      throw field.isEmpty() ? e : e.within(field);
    }
  }

  /** The wire form of a coded encounter, with a note when its date is after today. */
  public ResultJson toWire(Encounter encounter, CodingResult result) {
    List<LineJson> lines = new ArrayList<>(result.lines().size());
    for (ClaimLine line : result.lines()) {
      List<String> modifiers = new ArrayList<>(line.modifiers().size());
      for (Modifier modifier : line.modifiers()) {
        modifiers.add(modifier.code());
      }
      lines.add(new LineJson(line.code(), modifiers, line.units(), line.label(), line.levels(),
          line.diagnosisPointers()));
    }
    List<FindingJson> findings = new ArrayList<>(result.findings().size());
    for (Finding finding : result.findings()) {
      findings.add(new FindingJson(finding.rule(), finding.severity().name(), finding.message(),
          finding.codes(), finding.source()));
    }
    return ResultJson.coded(result.id().orElse(null), lines, findings).withDataVersion(result.dataVersion());
  }

  /** The wire form of a refused encounter; {@code line} is the input line number, if any. */
  public static ResultJson error(String id, InvalidInputException e, Long line) {
    return ResultJson.failed(id, new ErrorJson(INVALID_INPUT, e.getMessage(),
        e.field().isEmpty() ? null : e.field(), line));
  }
}
