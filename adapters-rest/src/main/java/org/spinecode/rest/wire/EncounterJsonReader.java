package org.spinecode.rest.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.rest.wire.EncounterJson.BilledLineJson;
import org.spinecode.rest.wire.EncounterJson.PriorSessionJson;
import org.spinecode.rest.wire.EncounterJson.ProcedureJson;
import org.spinecode.rest.wire.EncounterJson.TargetJson;

/**
 * Reads one encounter token by token, straight into the wire records: no tree, no reflection, one
 * pass. A value of the wrong type is refused naming its field; scalars are read as leniently as the
 * contract's users write them (a number or boolean where a string is expected is taken as its text,
 * {@code "true"} and {@code 1} as true, {@code "2"} as 2 units), and unknown fields are skipped.
 */
final class EncounterJsonReader {
  private EncounterJsonReader() {}

  /** The encounter starting at the parser's next token; null when that token is not an object. */
  static EncounterJson encounter(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    String id = null;
    String dateOfService = null;
    String payer = null;
    String setting = null;
    String claimType = null;
    String bilateralStyle = null;
    Boolean abnOnFile = null;
    String priorAuthorizationNumber = null;
    String state = null;
    String medicareJurisdiction = null;
    List<PriorSessionJson> history = null;
    List<ProcedureJson> procedures = null;
    List<BilledLineJson> billed = null;
    List<String> diagnoses = null;
    FhirReferences fhir = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "id" -> id = string(p, value);
        case "dateOfService" -> dateOfService = string(p, value);
        case "payer" -> payer = string(p, value);
        case "setting" -> setting = string(p, value);
        case "claimType" -> claimType = string(p, value);
        case "bilateralStyle" -> bilateralStyle = string(p, value);
        case "abnOnFile" -> abnOnFile = bool(p, value);
        case "priorAuthorizationNumber" -> priorAuthorizationNumber = string(p, value);
        case "state" -> state = string(p, value);
        case "medicareJurisdiction" -> medicareJurisdiction = string(p, value);
        case "history" -> history = list(p, value, EncounterJsonReader::prior);
        case "procedures" -> procedures = list(p, value, EncounterJsonReader::procedure);
        case "billed" -> billed = list(p, value, EncounterJsonReader::billedLine);
        case "diagnoses" -> diagnoses = list(p, value, EncounterJsonReader::string);
        case "fhir" -> fhir = fhir(p, value);
        default -> p.skipChildren();
      }
    }
    return new EncounterJson(id, dateOfService, payer, setting, claimType, bilateralStyle, abnOnFile,
        priorAuthorizationNumber, state, medicareJurisdiction, history, procedures, billed, diagnoses, fhir);
  }

  /** Reads one element of an array, the parser at its first token. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonParser p, JsonToken token) throws IOException;
  }

  /** An array of elements; null for null, and anything but an array refused. */
  private static <T> List<T> list(JsonParser p, JsonToken token, Element<T> element) throws IOException {
    if (!array(p, token)) {
      return null;
    }
    List<T> list = new ArrayList<>(4);
    for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
      list.add(element.read(p, next));
    }
    return list;
  }

  private static PriorSessionJson prior(JsonParser p, JsonToken token) throws IOException {
    if (!object(p, token)) {
      return null;
    }
    String dateOfService = null;
    String family = null;
    String region = null;
    String purpose = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "dateOfService" -> dateOfService = string(p, value);
        case "family" -> family = string(p, value);
        case "region" -> region = string(p, value);
        case "purpose" -> purpose = string(p, value);
        default -> p.skipChildren();
      }
    }
    return new PriorSessionJson(dateOfService, family, region, purpose);
  }

  private static ProcedureJson procedure(JsonParser p, JsonToken token) throws IOException {
    if (!object(p, token)) {
      return null;
    }
    String family = null;
    String guidance = null;
    String purpose = null;
    String approach = null;
    Boolean indwellingCatheter = null;
    List<TargetJson> targets = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "family" -> family = string(p, value);
        case "guidance" -> guidance = string(p, value);
        case "purpose" -> purpose = string(p, value);
        case "approach" -> approach = string(p, value);
        case "indwellingCatheter" -> indwellingCatheter = bool(p, value);
        case "targets" -> targets = list(p, value, EncounterJsonReader::target);
        default -> p.skipChildren();
      }
    }
    return new ProcedureJson(family, guidance, purpose, approach, indwellingCatheter, targets);
  }

  private static TargetJson target(JsonParser p, JsonToken token) throws IOException {
    if (!object(p, token)) {
      return null;
    }
    String level = null;
    List<String> nerves = null;
    String side = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "level" -> level = string(p, value);
        case "nerves" -> nerves = list(p, value, EncounterJsonReader::string);
        case "side" -> side = string(p, value);
        default -> p.skipChildren();
      }
    }
    return new TargetJson(level, nerves, side);
  }

  private static BilledLineJson billedLine(JsonParser p, JsonToken token) throws IOException {
    if (!object(p, token)) {
      return null;
    }
    String code = null;
    List<String> modifiers = null;
    BigDecimal units = null;
    List<Integer> diagnosisPointers = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "code" -> code = string(p, value);
        case "modifiers" -> modifiers = list(p, value, EncounterJsonReader::string);
        case "units" -> units = number(p, value);
        case "diagnosisPointers" -> diagnosisPointers = list(p, value, EncounterJsonReader::count);
        default -> p.skipChildren();
      }
    }
    return new BilledLineJson(code, modifiers, units, diagnosisPointers);
  }

  private static FhirReferences fhir(JsonParser p, JsonToken token) throws IOException {
    if (!object(p, token)) {
      return null;
    }
    String patient = null;
    String provider = null;
    String insurer = null;
    String coverage = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "patient" -> patient = string(p, value);
        case "provider" -> provider = string(p, value);
        case "insurer" -> insurer = string(p, value);
        case "coverage" -> coverage = string(p, value);
        default -> p.skipChildren();
      }
    }
    return new FhirReferences(patient, provider, insurer, coverage);
  }

  /** True at the start of an array, false for null; anything else is refused. */
  private static boolean array(JsonParser p, JsonToken token) {
    if (token == JsonToken.START_ARRAY) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw wrongType(p, "an array");
  }

  /** True at the start of an object, false for null; anything else is refused. */
  private static boolean object(JsonParser p, JsonToken token) {
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw wrongType(p, "an object");
  }

  /** A string; a number or boolean is taken as it was written. */
  private static String string(JsonParser p, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token.isScalarValue()) {
      return p.getText();
    }
    throw wrongType(p, "a string");
  }

  /** true or false; also 0 or another whole number, and the words true and false in any case. */
  private static Boolean bool(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() != 0 : Boolean.TRUE;
      case VALUE_STRING:
        String text = p.getText().strip();
        if (text.isEmpty()) {
          return null;
        }
        if (text.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
        throw wrongType(p, "true or false");
      default:
        throw wrongType(p, "true or false");
    }
  }

  /** A count: a whole number within int range, also written as a string ("2") or as 2.0. */
  private static Integer count(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() != JsonParser.NumberType.INT) {
          throw outOfRange(p);
        }
        return p.getIntValue();
      case VALUE_NUMBER_FLOAT:
        return whole(p, p.getDecimalValue());
      case VALUE_STRING:
        String text = p.getText().strip();
        if (text.isEmpty()) {
          return null;
        }
        try {
          return whole(p, new BigDecimal(text));
        } catch (NumberFormatException e) {
          throw wrongType(p, "a whole number");
        }
      default:
        throw wrongType(p, "a whole number");
    }
  }

  /** A number as written, checked by the mapping (units: "1.5" is refused there, naming the field). */
  private static BigDecimal number(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_STRING:
        String text = p.getText().strip();
        if (text.isEmpty()) {
          return null;
        }
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          throw wrongType(p, "a number");
        }
      default:
        throw wrongType(p, "a number");
    }
  }

  private static Integer whole(JsonParser p, BigDecimal value) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      if (value.stripTrailingZeros().scale() > 0) {
        throw wrongType(p, "a whole number");
      }
      throw outOfRange(p);
    }
  }

  private static InvalidInputException outOfRange(JsonParser p) {
    return new InvalidInputException(field(p),
        "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + " is expected");
  }

  private static InvalidInputException wrongType(JsonParser p, String expected) {
    return new InvalidInputException(field(p), "expected " + expected);
  }

  // The field whose value is the current token; an object or array value has opened its own context.
  private static String field(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    if (p.currentToken() != null && p.currentToken().isStructStart()) {
      context = context.getParent();
    }
    return WireCodec.path(context);
  }
}
