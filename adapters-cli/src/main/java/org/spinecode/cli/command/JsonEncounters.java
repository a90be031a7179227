package org.spinecode.cli.command;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * A JSON document: one encounter object, an array of them, or several objects one after another.
 * Read as a stream, element by element. A wrong type inside an element refuses that element only;
 * malformed JSON cannot be resynchronised, so it refuses the rest of the document (NDJSON input
 * does not have that weakness).
 */
final class JsonEncounters implements EncounterReader {
  private final JsonParser parser;
  private boolean inArray;
  private boolean broken;
  private boolean sawArray;

  JsonEncounters(Reader in, WireCodec codec) throws IOException {
    this.parser = codec.mapper().createParser(in);
  }

  /** True when the input was a JSON array, so the answer should be one too. */
  boolean sawArray() {
    return sawArray;
  }

  @Override
  public InputRecord next() throws IOException {
    if (broken) {
      return null;
    }
    long line = 0;
    try {
      JsonToken token = parser.nextToken();
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
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return InputRecord.unreadable(line, new org.spinecode.domain.InvalidInputException("",
            "expected a JSON object describing an encounter, found " + token.asString()));
      }
      try {
        return InputRecord.of(line, parser.readValueAs(EncounterJson.class));
      } catch (JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
          throw e;
        }
        skipRestOfObject();
        return InputRecord.unreadable(line, WireCodec.invalid(e));
      }
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      broken = true;
      return InputRecord.unreadable(line == 0 ? e.getLocation().getLineNr() : line, WireCodec.invalid(e));
    }
  }

  /** After a type error Jackson stops mid-object; skip to its end to read the next one. */
  private void skipRestOfObject() throws IOException {
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
