package org.spinecode.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.rest.format.ClaimFormat;
import org.spinecode.rest.format.UnwritableClaim;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * {@code POST /v1/coding} and {@code POST /v1/coding/batch} (and {@code /v1/check}, with a checking
 * record coder): read, call the port, write. A single
 * encounter that cannot be read is a 400 (the body is not JSON, or not shaped like an encounter),
 * one that reads but cannot describe a real session is a 422. In a batch each encounter answers
 * for itself, in input order, so one bad record never costs the others.
 */
final class CodingEndpoint {
  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  private static final Logger LOG = LoggerFactory.getLogger(CodingEndpoint.class);

  private final RecordCoder records;
  private final WireCodec codec;
  private final RequestBodies bodies;
  private final int maxBatchSize;

  CodingEndpoint(RecordCoder records, WireCodec codec, RequestBodies bodies, int maxBatchSize) {
    this.records = records;
    this.codec = codec;
    this.bodies = bodies;
    this.maxBatchSize = maxBatchSize;
  }

  void single(Context ctx) throws IOException {
    String type = mediaType(ctx);
    if (!JSON.equals(type)) {
      throw unsupported(type, JSON);
    }
    byte[] body = bodies.read(ctx);
    EncounterJson wire;
    try {
      if (!startsWith(body, '{')) {
        throw new InvalidInputException("", "expected a JSON object describing an encounter");
      }
      wire = codec.readEncounter(body);
    } catch (InvalidInputException e) {
      throw new ProblemException(ProblemKind.UNREADABLE_INPUT, e.getMessage(), e.field());
    }
    Optional<ClaimFormat> format = claimFormat(ctx);
    RecordCoder coder = format.isPresent() ? recordsFor(ctx).withHeaders() : recordsFor(ctx);
    ResultJson result = coder.code(wire, null);
    if (result.error() != null) {
      if (RecordCoder.CODING_FAILED.equals(result.error().code())) {
        throw new ProblemException(ProblemKind.INTERNAL, "the encounter could not be coded; the server log has it"
            + " under request id " + AccessLog.id(ctx));
      }
      throw new ProblemException(ProblemKind.INVALID_INPUT, result.error().message(), result.error().field());
    }
    AccessLog.results(ctx, List.of(result));
    if (format.isPresent()) {
      writeAs(ctx, format.get(), result);
      return;
    }
    // The hot path writes straight to the response, with its length, rather than through the
    // framework's result stream (a copy and a buffer per request).
    byte[] json = codec.writeBytes(result);
    ctx.res().setContentType(JSON);
    ctx.res().setContentLength(json.length);
    ctx.res().getOutputStream().write(json);
  }

  void batch(Context ctx) throws IOException {
    if (claimFormat(ctx).isPresent()) {
      throw new ProblemException(ProblemKind.NOT_ACCEPTABLE, "a batch is answered in JSON or NDJSON; for FHIR or"
          + " X12, send each encounter on its own (POST " + ctx.path().replace("/batch", "") + "), or use the command"
          + " line's --output fhir or x12 for a file");
    }
    String type = mediaType(ctx);
    List<ResultJson> results;
    ByteArrayOutputStream out;
    if (JSON.equals(type)) {
      results = codeArray(bodies.read(ctx), recordsFor(ctx));
      out = new ByteArrayOutputStream(256 * results.size() + 2);
      out.write('[');
      for (int i = 0; i < results.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(codec.writeBytes(results.get(i)));
      }
      out.write(']');
    } else if (NDJSON.equals(type)) {
      results = codeLines(bodies.read(ctx), recordsFor(ctx));
      out = new ByteArrayOutputStream(256 * results.size());
      for (ResultJson result : results) {
        out.write(codec.writeBytes(result));
        out.write('\n');
      }
    } else {
      throw unsupported(type, JSON + " (an array of encounters) or " + NDJSON + " (one encounter per line)");
    }
    AccessLog.results(ctx, results);
    ctx.contentType(type).result(out.toByteArray());
  }

  /** The claim in the format asked for; a format that cannot carry this claim is a 406 saying why. */
  private static void writeAs(Context ctx, ClaimFormat format, ResultJson result) throws IOException {
    byte[] body;
    try {
      body = format.write(result, false).getBytes(StandardCharsets.UTF_8);
    } catch (UnwritableClaim e) {
      throw new ProblemException(ProblemKind.NOT_ACCEPTABLE, e.getMessage());
    }
    ctx.res().setContentType(format.mediaType());
    ctx.res().setContentLength(body.length);
    ctx.res().getOutputStream().write(body);
  }

  /**
   * A claim format when the {@code Accept} header asks for one before it names JSON (so
   * {@code application/fhir+json, application/json;q=0.5} is FHIR); otherwise SpineCode's JSON,
   * whatever else the header says, as before formats existed.
   */
  static Optional<ClaimFormat> claimFormat(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null) {
      return Optional.empty();
    }
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      if (refused(parts)) {
        continue;
      }
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      Optional<ClaimFormat> format = ClaimFormat.ofMediaType(type);
      if (format.isPresent() || type.equals(JSON) || type.equals("*/*") || type.equals("application/*")) {
        return format;
      }
    }
    return Optional.empty();
  }

  // q=0 means "not this one" (RFC 9110 section 12.4.2).
  private static boolean refused(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?")) {
        return true;
      }
    }
    return false;
  }

  // The log line of a failure names the request, never the failure's message.
  private RecordCoder recordsFor(Context ctx) {
    return records.reportingTo((failure, line) -> LOG.error("request={} failed: {}{}", AccessLog.id(ctx),
        failure.getClass().getName(), line == null ? "" : " (record on line " + line + ")"));
  }

  private List<ResultJson> codeArray(byte[] body, RecordCoder coder) {
    List<JsonNode> entries = new ArrayList<>();
    try (JsonParser parser = codec.documentParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ProblemException(ProblemKind.UNREADABLE_BATCH, "expected a JSON array of encounters"
            + " (send one encounter per line as " + NDJSON + " to stream)");
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (entries.size() == maxBatchSize) {
          throw tooMany();
        }
        entries.add(parser.readValueAsTree());
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
    List<ResultJson> results = new ArrayList<>(entries.size());
    for (JsonNode entry : entries) {
      results.add(coder.code(entry, null));
    }
    return results;
  }

  private List<ResultJson> codeLines(byte[] body, RecordCoder coder) throws IOException {
    NdjsonLines lines = NdjsonLines.of(body);
    List<NdjsonLines.Line> entries = new ArrayList<>();
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (entries.size() == maxBatchSize) {
        throw tooMany();
      }
      entries.add(line);
    }
    List<ResultJson> results = new ArrayList<>(entries.size());
    for (NdjsonLines.Line line : entries) {
      results.add(coder.code(line));
    }
    return results;
  }

  private ProblemException tooMany() {
    return new ProblemException(ProblemKind.BATCH_TOO_LARGE,
        "a batch may carry at most " + maxBatchSize + " encounters; split it into several requests");
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
