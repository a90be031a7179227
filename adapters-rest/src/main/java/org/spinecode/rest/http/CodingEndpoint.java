package org.spinecode.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * {@code POST /v1/coding} and {@code POST /v1/coding/batch}: read, call the port, write. A single
 * encounter that cannot be read is a 400 (the body is not JSON, or not shaped like an encounter),
 * one that reads but cannot describe a real session is a 422. In a batch each encounter answers
 * for itself, in input order, so one bad record never costs the others.
 */
final class CodingEndpoint {
  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";

  private final EncounterCoder coder;
  private final WireCodec codec;
  private final long maxBodyBytes;
  private final int maxBatchSize;
  private final ObjectReader encounterReader;
  private final ObjectWriter resultWriter;

  CodingEndpoint(EncounterCoder coder, WireCodec codec, long maxBodyBytes, int maxBatchSize) {
    this.coder = coder;
    this.codec = codec;
    this.maxBodyBytes = maxBodyBytes;
    this.maxBatchSize = maxBatchSize;
    this.encounterReader = codec.mapper().readerFor(EncounterJson.class);
    this.resultWriter = codec.resultWriter();
  }

  void single(Context ctx) throws IOException {
    String type = mediaType(ctx);
    if (!JSON.equals(type)) {
      throw unsupported(type, JSON);
    }
    byte[] body = body(ctx);
    EncounterJson wire;
    try {
      if (!startsWith(body, '{')) {
        throw new InvalidInputException("", "expected a JSON object describing an encounter");
      }
      wire = codec.readEncounter(body);
    } catch (InvalidInputException e) {
      throw new ProblemException(ProblemKind.UNREADABLE_INPUT, e.getMessage(), e.field());
    }
    ResultJson result;
    try {
      result = codec.toWire(coder.code(codec.toDomain(wire)));
    } catch (InvalidInputException e) {
      throw new ProblemException(ProblemKind.INVALID_INPUT, e.getMessage(), e.field());
    }
    AccessLog.results(ctx, List.of(result));
    // The hot path writes straight to the response, with its length, rather than through the
    // framework's result stream (a copy and a buffer per request).
    byte[] json = resultWriter.writeValueAsBytes(result);
    ctx.res().setContentType(JSON);
    ctx.res().setContentLength(json.length);
    ctx.res().getOutputStream().write(json);
  }

  void batch(Context ctx) throws IOException {
    String type = mediaType(ctx);
    List<ResultJson> results;
    ByteArrayOutputStream out;
    if (JSON.equals(type)) {
      results = codeAll(readArray(body(ctx)));
      out = new ByteArrayOutputStream(256 * results.size() + 2);
      out.write('[');
      for (int i = 0; i < results.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(resultWriter.writeValueAsBytes(results.get(i)));
      }
      out.write(']');
    } else if (NDJSON.equals(type)) {
      results = codeAll(readLines(body(ctx)));
      out = new ByteArrayOutputStream(256 * results.size());
      for (ResultJson result : results) {
        out.write(resultWriter.writeValueAsBytes(result));
        out.write('\n');
      }
    } else {
      throw unsupported(type, JSON + " (an array of encounters) or " + NDJSON + " (one encounter per line)");
    }
    AccessLog.results(ctx, results);
    ctx.contentType(type).result(out.toByteArray());
  }

  /** One batch record: parsed (from an array) or raw (a line of NDJSON, with its line number). */
  private static final class Entry {
    final JsonNode json;
    final byte[] text;
    final Long line;

    Entry(JsonNode json, byte[] text, Long line) {
      this.json = json;
      this.text = text;
      this.line = line;
    }
  }

  private List<Entry> readArray(byte[] body) {
    List<Entry> entries = new ArrayList<>();
    try (JsonParser parser = codec.mapper().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ProblemException(ProblemKind.UNREADABLE_BATCH, "expected a JSON array of encounters"
            + " (send one encounter per line as " + NDJSON + " to stream)");
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (entries.size() == maxBatchSize) {
          throw tooMany();
        }
        entries.add(new Entry(parser.readValueAsTree(), null, null));
      }
      if (parser.nextToken() != null) {
        throw new ProblemException(ProblemKind.UNREADABLE_BATCH, "unexpected content after the array");
      }
    } catch (JsonProcessingException e) {
      // A syntax error leaves no way to find where the next record starts, so the batch is refused.
      throw new ProblemException(ProblemKind.UNREADABLE_BATCH, WireCodec.invalid(e).getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private List<Entry> readLines(byte[] body) {
    List<Entry> entries = new ArrayList<>();
    long line = 0;
    int start = 0;
    while (start < body.length) {
      int end = start;
      while (end < body.length && body[end] != '\n') {
        end++;
      }
      line++;
      int last = end;
      while (last > start && (body[last - 1] == '\r' || body[last - 1] == ' ' || body[last - 1] == '\t')) {
        last--;
      }
      int first = start;
      while (first < last && (body[first] == ' ' || body[first] == '\t')) {
        first++;
      }
      if (first < last) {
        if (entries.size() == maxBatchSize) {
          throw tooMany();
        }
        entries.add(new Entry(null, Arrays.copyOfRange(body, first, last), line));
      }
      start = end + 1;
    }
    return entries;
  }

  private List<ResultJson> codeAll(List<Entry> entries) {
    List<ResultJson> results = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      results.add(code(entry));
    }
    return results;
  }

  private ResultJson code(Entry entry) {
    EncounterJson wire = null;
    try {
      wire = read(entry);
      return codec.toWire(coder.code(codec.toDomain(wire)));
    } catch (InvalidInputException e) {
      String id = wire != null ? WireCodec.echoId(wire) : idOf(entry.json);
      return WireCodec.error(id, e, entry.line);
    }
  }

  private EncounterJson read(Entry entry) {
    if (entry.text != null) {
      if (!startsWith(entry.text, '{')) {
        throw new InvalidInputException("", "expected a JSON object describing an encounter");
      }
      return codec.readEncounter(entry.text);
    }
    if (!entry.json.isObject()) {
      throw new InvalidInputException("", "expected a JSON object describing an encounter");
    }
    try {
      return encounterReader.readValue(entry.json);
    } catch (JsonProcessingException e) {
      throw WireCodec.invalid(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The id of a record whose other fields could not be read, so that its error can be matched.
  private static String idOf(JsonNode json) {
    JsonNode id = json == null ? null : json.get("id");
    return id != null && id.isTextual() && id.textValue().length() <= 64 ? id.textValue() : null;
  }

  private ProblemException tooMany() {
    return new ProblemException(ProblemKind.BATCH_TOO_LARGE,
        "a batch may carry at most " + maxBatchSize + " encounters; split it into several requests");
  }

  /** The request body within the configured limit; a stalled or broken upload is the caller's problem. */
  private byte[] body(Context ctx) {
    try {
      long declared = ctx.req().getContentLengthLong();
      if (declared > maxBodyBytes) {
        throw new ProblemException(ProblemKind.BODY_TOO_LARGE, "the request body is larger than " + maxBodyBytes + " bytes");
      }
      if (declared < 0) {
        // Chunked: the framework reads it, counting against the same limit.
        return ctx.bodyAsBytes();
      }
      // The length is known and within the limit: one array of the right size, no copies.
      byte[] body = ctx.req().getInputStream().readNBytes((int) declared);
      if (body.length < declared) {
        throw new ProblemException(ProblemKind.BAD_REQUEST, "the request body ended before its declared length");
      }
      return body;
    } catch (HttpResponseException | ProblemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof TimeoutException) {
          throw new ProblemException(ProblemKind.REQUEST_TIMEOUT, "the request body did not arrive in time");
        }
      }
      throw new ProblemException(ProblemKind.BAD_REQUEST, "the request body could not be read");
    }
  }

  /** The media type without parameters, lower case; empty when none was sent. */
  static String mediaType(Context ctx) {
    String header = ctx.header("Content-Type");
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static ProblemException unsupported(String type, String accepted) {
    return new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
        (type.isEmpty() ? "no Content-Type was sent" : "Content-Type " + printable(type) + " is not accepted")
            + "; send " + accepted);
  }

  private static String printable(String text) {
    return text.length() > 80 || !text.chars().allMatch(c -> c > ' ' && c < 127) ? "of that kind" : text;
  }

  private static boolean startsWith(byte[] json, char c) {
    for (byte b : json) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == c;
      }
    }
    return false;
  }
}
