package org.spinecode.rest.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.spinecode.domain.InvalidInputException;

/**
 * The contract's JSON: reads encounters and writes results, with input limits set on the parser.
 * Every problem with the input becomes an {@link InvalidInputException} naming the field; parser
 * messages are replaced by our own words, so neither the input nor parser internals reach a
 * caller or a log through them. The mapping to domain values is {@link WireMapping}.
 */
public final class WireCodec {
  static final int MAX_NESTING = 16;
  static final int MAX_NUMBER_DIGITS = 32;
  private static final String AN_ENCOUNTER = "expected a JSON object describing an encounter";

  private final ObjectMapper mapper;
  private final ObjectReader encounterReader;
  private final ObjectReader treeReader;
  private final ObjectWriter resultWriter;

  public WireCodec() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxNumberLength(MAX_NUMBER_DIGITS)
            // Strings keep Jackson's default limit: an unknown field is ignored whatever its length,
            // and known fields are checked by the mapping. Lines and bodies have their own limits.
            // No document length limit: the CLI streams arrays of any size.
            .build())
        // Two readers of one record must see the same payer: a field given twice is refused.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(new BlackbirdModule())
        .build();
    this.encounterReader = mapper.readerFor(EncounterJson.class);
    this.treeReader = mapper.reader();
    this.resultWriter = mapper.writerFor(ResultJson.class);
  }

  /** The configured mapper, for adapters that stream. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Parses one encounter; malformed JSON or a wrong type is an error naming the field. */
  public EncounterJson readEncounter(String json) {
    try {
      return present(encounterReader.readValue(json));
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
      return present(encounterReader.readValue(json, offset, length));
    } catch (JsonProcessingException e) {
      throw invalid(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts one element of an already parsed array. */
  public EncounterJson readEncounter(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new InvalidInputException("", AN_ENCOUNTER);
    }
    try {
      return present(encounterReader.readValue(json));
    } catch (JsonProcessingException e) {
      throw invalid(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EncounterJson present(EncounterJson encounter) {
    if (encounter == null) {
      throw new InvalidInputException("", AN_ENCOUNTER);
    }
    return encounter;
  }

  /**
   * The {@code id} of a record that could not be read as an encounter, so that its error can be
   * matched to it; null when the record is not JSON or has no echoable id.
   */
  public String idOf(byte[] json, int offset, int length) {
    try {
      return idOf(treeReader.readTree(json, offset, length));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code id} of a parsed record, if it is fit to echo. */
  public static String idOf(JsonNode json) {
    JsonNode id = json == null ? null : json.get("id");
    return id != null && id.isTextual() ? WireMapping.echoable(id.textValue()) : null;
  }

  /** Turns a Jackson failure into a field-named error in our own words, without quoting the input. */
  public static InvalidInputException invalid(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        && !(e.getCause() instanceof StreamReadException)) {
      return new InvalidInputException(path(mapping.getPath()), "expected " + expected(e));
    }
    if (e instanceof MismatchedInputException) {
      return new InvalidInputException("", AN_ENCOUNTER);
    }
    StreamReadException read = e instanceof StreamReadException r ? r
        : e.getCause() instanceof StreamReadException r ? r : null;
    String what = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
      return new InvalidInputException("", limit(what));
    }
    if (read != null && what != null && what.startsWith("Duplicate field")
        && read.getProcessor() != null) {
      return new InvalidInputException(path(read.getProcessor().getParsingContext()),
          "given twice; each field may appear once in a record");
    }
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return new InvalidInputException("", "malformed JSON" + where + ": " + syntax(what));
  }

  /** True when the failure is a field given twice: the parser can still go on to the next record. */
  public static boolean isDuplicateField(JsonProcessingException e) {
    return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
  }

  private static String expected(JsonProcessingException e) {
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> type = mismatch.getTargetType();
      return type == String.class ? "a string"
          : List.class.isAssignableFrom(type) ? "an array"
          : type == Boolean.class ? "true or false"
          : Number.class.isAssignableFrom(type) ? "a whole number"
          : "an object";
    }
    return "a value of another type";
  }

  private static String limit(String message) {
    String text = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    if (text.contains("nesting depth")) {
      return "the JSON is nested more than " + MAX_NESTING + " levels deep";
    }
    if (text.contains("number value length")) {
      return "a number is longer than " + MAX_NUMBER_DIGITS + " digits";
    }
    if (text.contains("string value length")) {
      return "a string is longer than " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN + " characters";
    }
    return "the record is larger than this reader accepts";
  }

  // Jackson's first sentence says what is wrong; what follows names its own classes and settings.
  private static String syntax(String message) {
    if (message == null) {
      return "not valid JSON";
    }
    String text = message;
    int cut = text.indexOf('\n');
    text = cut < 0 ? text : text.substring(0, cut);
    int internals = text.indexOf(" (`");
    text = internals < 0 ? text : text.substring(0, internals);
    return text.replace("Unexpected end-of-input", "the record ends too early");
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

  // procedures[0].targets[1].level from the parser's position, for errors found while parsing.
  private static String path(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      String part = at.inArray() ? "[" + Math.max(at.getCurrentIndex(), 0) + "]"
          : at.getCurrentName() == null ? "" : at.getCurrentName();
      if (!part.isEmpty() && path.length() > 0 && path.charAt(0) != '[') {
        path.insert(0, '.');
      }
      path.insert(0, part);
    }
    return path.toString();
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
