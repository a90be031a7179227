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
    List<PriorSessionJson> history = null;
    List<ProcedureJson> procedures = null;
    List<BilledLineJson> billed = null;
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
        case "history" -> history = history(p, value);
        case "procedures" -> procedures = procedures(p, value);
        case "billed" -> billed = billed(p, value);
        default -> p.skipChildren();
      }
    }
    return new EncounterJson(id, dateOfService, payer, setting, claimType, bilateralStyle, abnOnFile,
        priorAuthorizationNumber, history, procedures, billed);
  }

  private static List<PriorSessionJson> history(JsonParser p, JsonToken token) throws IOException {
    if (!array(p, token)) {
      return null;
    }
    List<PriorSessionJson> history = new ArrayList<>(2);
    for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
      if (object(p, element)) {
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
        history.add(new PriorSessionJson(dateOfService, family, region, purpose));
      } else {
        history.add(null);
      }
    }
    return history;
  }

  private static List<ProcedureJson> procedures(JsonParser p, JsonToken token) throws IOException {
    if (!array(p, token)) {
      return null;
    }
    List<ProcedureJson> procedures = new ArrayList<>(2);
    for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
      procedures.add(object(p, element) ? procedure(p) : null);
    }
    return procedures;
  }

  private static ProcedureJson procedure(JsonParser p) throws IOException {
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
        case "targets" -> targets = targets(p, value);
        default -> p.skipChildren();
      }
    }
    return new ProcedureJson(family, guidance, purpose, approach, indwellingCatheter, targets);
  }

  private static List<TargetJson> targets(JsonParser p, JsonToken token) throws IOException {
    if (!array(p, token)) {
      return null;
    }
    List<TargetJson> targets = new ArrayList<>(4);
    for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
      if (object(p, element)) {
        String level = null;
        List<String> nerves = null;
        String side = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken value = p.nextToken();
          switch (name) {
            case "level" -> level = string(p, value);
            case "nerves" -> nerves = strings(p, value);
            case "side" -> side = string(p, value);
            default -> p.skipChildren();
          }
        }
        targets.add(new TargetJson(level, nerves, side));
      } else {
        targets.add(null);
      }
    }
    return targets;
  }

  private static List<BilledLineJson> billed(JsonParser p, JsonToken token) throws IOException {
    if (!array(p, token)) {
      return null;
    }
    List<BilledLineJson> billed = new ArrayList<>(4);
    for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
      if (object(p, element)) {
        String code = null;
        List<String> modifiers = null;
        Integer units = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken value = p.nextToken();
          switch (name) {
            case "code" -> code = string(p, value);
            case "modifiers" -> modifiers = strings(p, value);
            case "units" -> units = count(p, value);
            default -> p.skipChildren();
          }
        }
        billed.add(new BilledLineJson(code, modifiers, units));
      } else {
        billed.add(null);
      }
    }
    return billed;
  }

  private static List<String> strings(JsonParser p, JsonToken token) throws IOException {
    if (!array(p, token)) {
      return null;
    }
    List<String> strings = new ArrayList<>(4);
    for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
      strings.add(string(p, element));
    }
    return strings;
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
