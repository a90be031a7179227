package org.spinecode.rest.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.DateTimeException;
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
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
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
 * Reads encounters and writes results in the contract's JSON, with input limits set on the
 * parser. Every problem with the input becomes an {@link InvalidInputException} naming the field;
 * parser messages never echo the input, so nothing from a request reaches a log through them.
 */
public final class WireCodec {
  /** The error code of an encounter that failed validation. */
  public static final String INVALID_INPUT = "INVALID_INPUT";

  private final ObjectMapper mapper;
  private final ObjectReader encounterReader;
  private final ObjectWriter resultWriter;

  public WireCodec() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(16)
            .maxStringLength(10_000)
            .maxNumberLength(32)
            // No document length limit: the CLI streams arrays of any size; HTTP bodies have their own limit.
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(new BlackbirdModule())
        .build();
    this.encounterReader = mapper.readerFor(EncounterJson.class);
    this.resultWriter = mapper.writerFor(ResultJson.class);
  }

  /** The configured mapper, for adapters that stream. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Parses one encounter; malformed JSON or a wrong type is an error naming the field. */
  public EncounterJson readEncounter(String json) {
    try {
      EncounterJson encounter = encounterReader.readValue(json);
      if (encounter == null) {
        throw new InvalidInputException("", "expected a JSON object describing an encounter");
      }
      return encounter;
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
  }

  /** Parses one encounter from UTF-8 bytes. */
  public EncounterJson readEncounter(byte[] json) {
    return readEncounter(json, 0, json.length);
  }

  /** Parses one encounter from part of a UTF-8 buffer. */
  public EncounterJson readEncounter(byte[] json, int offset, int length) {
    try {
      EncounterJson encounter = encounterReader.readValue(json, offset, length);
      if (encounter == null) {
        throw new InvalidInputException("", "expected a JSON object describing an encounter");
      }
      return encounter;
    } catch (JsonProcessingException e) {
      throw invalid(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns a Jackson failure into a field-named error without quoting the input. */
  public static InvalidInputException invalid(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping.getPath());
      String expected = "a value of another type";
      if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
        Class<?> type = mismatch.getTargetType();
        expected = type == String.class ? "a string"
            : List.class.isAssignableFrom(type) ? "an array"
            : type == Boolean.class ? "true or false"
            : "an object";
      }
      return new InvalidInputException(field, "expected " + expected);
    }
    if (e instanceof MismatchedInputException) {
      return new InvalidInputException("", "expected a JSON object describing an encounter");
    }
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    String what = e.getOriginalMessage();
    int cut = what.indexOf('\n');
    return new InvalidInputException("", "malformed JSON" + where + ": " + (cut < 0 ? what : what.substring(0, cut)));
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The caller's id, if it is fit to echo. */
  public static String echoId(EncounterJson json) {
    return json == null || json.id() == null || json.id().length() > 64 ? null : json.id();
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
    encounter.dateOfService(date(json.dateOfService(), "dateOfService"));
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

  /** The wire form of a coded encounter. */
  public ResultJson toWire(CodingResult result) {
    List<LineJson> lines = new ArrayList<>(result.lines().size());
    for (ClaimLine line : result.lines()) {
      List<String> modifiers = new ArrayList<>(line.modifiers().size());
      for (Modifier modifier : line.modifiers()) {
        modifiers.add(modifier.code());
      }
      lines.add(new LineJson(line.code(), modifiers, line.units(), line.label(), line.levels()));
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

  /** The wire form of a refused encounter, naming the reference data of the coder that refused it. */
  public static ResultJson error(String id, InvalidInputException e, Long line, String dataVersion) {
    return error(id, e, line).withDataVersion(dataVersion);
  }

  public String write(ResultJson result) {
    try {
      return resultWriter.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ObjectWriter resultWriter() {
    return resultWriter;
  }
}
