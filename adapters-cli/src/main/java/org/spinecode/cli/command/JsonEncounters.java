package org.spinecode.cli.command;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * A JSON document: one encounter object, an array of them, or several objects one after another.
 * Read as a stream, element by element; each element is parsed whole before it is mapped, so a
 * wrong type inside it refuses that element only, with its id. Malformed JSON cannot be
 * resynchronised, so it refuses the rest of the document (NDJSON input does not have that
 * weakness). A document that holds no object at all is not encounters: a usage error.
 */
final class JsonEncounters implements EncounterReader {
  private final JsonParser parser;
  private final RecordCoder records;
  private boolean inArray;
  private boolean broken;
  private boolean sawArray;
  private boolean started;

  JsonEncounters(Reader in, WireCodec codec, RecordCoder records) throws IOException {
    this.parser = codec.documentParser(in);
    this.records = records;
  }

  /** True when the input was a JSON array, so the answer should be one too. */
  boolean sawArray() {
    return sawArray;
  }

  @Override
  public ResultJson next() throws IOException {
    if (broken) {
      return null;
    }
    long line = 0;
    try {
      JsonToken token = parser.nextToken();
      if (!started) {
        started = true;
        if (token != JsonToken.START_ARRAY && token != JsonToken.START_OBJECT) {
          throw new InputProblem((token == null ? "the input is empty" : "the input is JSON " + token.asString()
              + " rather than an object or array") + "; " + InputProblem.EXPECTED);
        }
      }
      if (token == null) {
        return null;
      }
      if (!inArray && token == JsonToken.START_ARRAY) {
        inArray = true;
        sawArray = true;
        token = parser.nextToken();
      }
      if (inArray && token == JsonToken.END_ARRAY) {
        inArray = false;
        return next();
      }
      line = parser.currentLocation().getLineNr();
      JsonNode element = parser.readValueAsTree();
      return records.code(element, line);
    } catch (JsonParseException e) {
      if (WireCodec.isDuplicateField(e)) {
        // The JSON is well formed so far: refuse this element and read on from its end.
        skipRestOfElement();
        return records.unreadable(WireCodec.invalid(e), line);
      }
      broken = true;
      return records.unreadable(WireCodec.invalid(e), line == 0 ? e.getLocation().getLineNr() : line);
    } catch (JsonProcessingException e) {
      // A limit of the reader (nesting, number length): the element cannot be read on.
      broken = true;
      return records.unreadable(WireCodec.invalid(e), line);
    }
  }

  private void skipRestOfElement() throws IOException {
    int depth = parser.getParsingContext().getNestingDepth() - (inArray ? 1 : 0);
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return;
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
