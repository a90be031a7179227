package org.spinecode.rest.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.spinecode.domain.InvalidInputException;

/**
 * The contract's JSON: reads encounters and writes results, with input limits set on the parser.
 * Every problem with the input becomes an {@link InvalidInputException} naming the field and, for
 * broken JSON, where it breaks, in our own words, so neither the input nor parser internals reach a
 * caller or a log through them. The mapping to domain values is {@link WireMapping}.
 *
 * <p>Encounters and results, the hot path, are read and written token by token
 * ({@link EncounterJsonReader}, {@link ResultJsonWriter}); Jackson's data binding serves only the
 * listings (codes, plugins, data, problems), which are written once.
 */
public final class WireCodec {
  static final int MAX_NESTING = 16;
  static final int MAX_NUMBER_DIGITS = 32;
  private static final String AN_ENCOUNTER = "expected a JSON object describing an encounter";

  private final JsonFactory factory;
  /** Data binding costs a good part of start-up and serves only listings and trees: made on first use. */
  private volatile ObjectMapper mapper;

  public WireCodec() {
    this.factory = JsonFactory.builder()
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
  }

  private ObjectMapper mapper() {
    ObjectMapper made = mapper;
    if (made == null) {
      synchronized (this) {
        made = mapper;
        if (made == null) {
          made = JsonMapper.builder(factory.copy())
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build();
          mapper = made;
        }
      }
    }
    return made;
  }

  /** Parses one encounter (a request body, a test's text); a broken place is named by line and column. */
  public EncounterJson readEncounter(String json) {
    return readEncounter(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses one encounter from UTF-8 bytes, such as a request body. */
  public EncounterJson readEncounter(byte[] json) {
    return readEncounter(json, 0, json.length);
  }

  /** Parses one encounter from part of a UTF-8 buffer; nothing but spaces may follow it. */
  public EncounterJson readEncounter(byte[] json, int offset, int length) {
    return read(json, offset, length, new InDocument(json, offset));
  }

  /** Parses the encounter on one NDJSON line; a broken place is named by its column on that input line. */
  public EncounterJson readEncounter(NdjsonLines.Line line) {
    return read(line.bytes(), line.offset(), line.length(), new OnLine(line.number(), line.column()));
  }

  private EncounterJson read(byte[] json, int offset, int length, Where where) {
    JsonParser parser = null;
    try {
      parser = factory.createParser(json, offset, length);
      EncounterJson encounter = present(EncounterJsonReader.encounter(parser));
      int end = (int) parser.currentLocation().getByteOffset();
      for (int i = offset + end; i < offset + length; i++) {
        byte b = json[i];
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          throw new InvalidInputException("", "unexpected content after the record at " + where.atByte(i - offset));
        }
      }
      parser.close();
      return encounter;
    } catch (JsonProcessingException e) {
      throw invalid(e, where, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts one element of an already parsed array. */
  public EncounterJson readEncounter(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new InvalidInputException("", AN_ENCOUNTER);
    }
    try (JsonParser parser = json.traverse()) {
      return present(EncounterJsonReader.encounter(parser));
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
   * A streaming parser over a JSON document (a file of encounters, an array in a request body), with
   * the codec's limits; its elements are read as trees ({@link JsonParser#readValueAsTree()}) and
   * converted with {@link #readEncounter(JsonNode)}.
   */
  public JsonParser documentParser(Reader in) throws IOException {
    JsonParser parser = factory.createParser(in);
    parser.setCodec(mapper());
    return parser;
  }

  /** As {@link #documentParser(Reader)}, over UTF-8 bytes. */
  public JsonParser documentParser(byte[] json) throws IOException {
    JsonParser parser = factory.createParser(json);
    parser.setCodec(mapper());
    return parser;
  }

  /** True when the text holds exactly one JSON value (the test for one encounter per line). */
  public boolean isOneValue(String text) {
    try (JsonParser parser = factory.createParser(text)) {
      parser.nextToken();
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The {@code id} of a record that could not be read as an encounter, so that its error can be
   * matched to it; null when the record is not JSON or has no echoable id.
   */
  public String idOf(byte[] json, int offset, int length) {
    String id = null;
    try (JsonParser parser = factory.createParser(json, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        if (parser.nextToken() == JsonToken.VALUE_STRING && name.equals("id")) {
          id = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      // Only a record that reads as JSON to its end has an id one can trust.
      return WireMapping.echoable(id);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code id} of a parsed record, if it is fit to echo. */
  public static String idOf(JsonNode json) {
    JsonNode id = json == null ? null : json.get("id");
    return id != null && id.isTextual() ? WireMapping.echoable(id.textValue()) : null;
  }

  /** A result as compact JSON text. */
  public String write(ResultJson result) {
    return new String(writeBytes(result), StandardCharsets.UTF_8);
  }

  /** A result as compact UTF-8 JSON. */
  public byte[] writeBytes(ResultJson result) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(1024);
        JsonGenerator generator = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
      ResultJsonWriter.single().write(generator, result);
      generator.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Results one after another: one compact result per line. */
  public ResultStream ndjson(OutputStream out) throws IOException {
    return ResultStream.lines(factory.createGenerator(out, JsonEncoding.UTF8));
  }

  /** Results one after another as text: one compact result per line. */
  public ResultStream ndjson(Writer out) throws IOException {
    return ResultStream.lines(factory.createGenerator(out));
  }

  /** Results as the elements of a JSON array, one per line. */
  public ResultStream array(Writer out) throws IOException {
    return ResultStream.array(factory.createGenerator(out));
  }

  /** Results indented for people, one after another. */
  public ResultStream pretty(Writer out) throws IOException {
    return ResultStream.pretty(factory.createGenerator(out));
  }

  /** A listing (codes, plugins, data, a problem): any wire record, as compact UTF-8 JSON. */
  public byte[] listing(Object value) {
    try {
      return mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A listing indented for people. */
  public String prettyListing(Object value) {
    try {
      return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns a Jackson failure into a field-named error in our own words, placed by the document's line and column. */
  public static InvalidInputException invalid(JsonProcessingException e) {
    return invalid(e, InDocument.PARSER, null);
  }

  private static InvalidInputException invalid(JsonProcessingException e, Where where, JsonParser reading) {
    StreamReadException read = e instanceof StreamReadException r ? r
        : e.getCause() instanceof StreamReadException r ? r : null;
    JsonParser failed = read != null && read.getProcessor() != null ? read.getProcessor() : reading;
    String field = failed == null ? "" : path(failed.getParsingContext());
    String what = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
      return new InvalidInputException(field, limit(what));
    }
    if (isDuplicateField(e)) {
      return new InvalidInputException(field, "given twice; each field may appear once in a record");
    }
    String at = e.getLocation() == null ? "" : " at " + where.at(e.getLocation());
    return new InvalidInputException("", "the record is not valid JSON" + at + ": " + JsonSyntax.explain(what));
  }

  /** True when the failure is a field given twice: the parser can still go on to the next record. */
  public static boolean isDuplicateField(JsonProcessingException e) {
    return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
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

  // procedures[0].targets[1].level from the parser's position.
  static String path(JsonStreamContext context) {
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

  /** Says where in the input a place is, for messages. */
  private interface Where {
    String at(JsonLocation location);

    /** The place {@code offset} bytes into the record. */
    String atByte(int offset);
  }

  /** A record that is a whole document (a body, a file): line and column as the parser counts them. */
  private record InDocument(byte[] json, int start) implements Where {
    static final InDocument PARSER = new InDocument(null, 0);

    @Override
    public String at(JsonLocation location) {
      return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    @Override
    public String atByte(int offset) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (json[start + i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return "line " + line + ", column " + (offset - lineStart + 1);
    }
  }

  /** A record on one line of a longer input: the column on that input line. */
  private record OnLine(long number, int firstColumn) implements Where {
    @Override
    public String at(JsonLocation location) {
      return atByte((int) location.getByteOffset());
    }

    @Override
    public String atByte(int offset) {
      return "column " + (firstColumn + offset) + " of input line " + number;
    }
  }
}
