package org.spinecode.rest.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.check.CheckedClaim;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.rest.wire.ResultJson.ErrorJson;

/**
 * Turns one wire record into one result: parse, map, code and render, or an error record. Every
 * adapter codes through here (one encounter over HTTP, a batch, every CLI format), so a record
 * fails the same way everywhere and one bad record never costs the others.
 */
public final class RecordCoder {
  /** The error code of a record the engine failed on as a whole. */
  public static final String CODING_FAILED = "CODING_FAILED";

  private final EncounterCoder coder;
  /** Check mode when present: records carry billed lines and are answered with their check. */
  private final ClaimChecker checker;
  private final WireCodec codec;
  private final WireMapping mapping;
  private final Failures failures;
  /** True when results carry their encounter to a claim format ({@link ResultJson#header()}). */
  private final boolean headers;

  /** Told about a failure the engine did not turn into a finding; must not log its message. */
  @FunctionalInterface
  public interface Failures {
    void failed(Throwable failure, Long line);
  }

  public RecordCoder(EncounterCoder coder, WireCodec codec, WireMapping mapping, Failures failures) {
    this(coder, null, codec, mapping, failures, false);
  }

  private RecordCoder(EncounterCoder coder, ClaimChecker checker, WireCodec codec, WireMapping mapping,
      Failures failures, boolean headers) {
    this.coder = coder;
    this.checker = checker;
    this.codec = codec;
    this.mapping = mapping;
    this.failures = failures;
    this.headers = headers;
  }

  /**
   * Check mode: each record carries its {@code billed} lines and is answered with its coding plus
   * the check (CONTRACT.md), failing the same ways a coded record does.
   */
  public static RecordCoder checking(ClaimChecker checker, WireCodec codec, WireMapping mapping, Failures failures) {
    return new RecordCoder(checker.coder(), checker, codec, mapping, failures, false);
  }

  /** The same records coded by another engine, such as one whose family calls are timed. */
  public RecordCoder withCoder(EncounterCoder other) {
    return new RecordCoder(other, checker == null ? null : checker.withCoder(other), codec, mapping, failures,
        headers);
  }

  /** The same coder reporting failures somewhere else, such as the log line of one request. */
  public RecordCoder reportingTo(Failures other) {
    return new RecordCoder(coder, checker, codec, mapping, other, headers);
  }

  /** The same coder with each coded result carrying its encounter, for a claim format (FHIR, X12). */
  public RecordCoder withHeaders() {
    return new RecordCoder(coder, checker, codec, mapping, failures, true);
  }

  /** The record on one NDJSON line (of a file, a request body, a Spark partition). */
  public ResultJson code(NdjsonLines.Line line) {
    EncounterJson encounter;
    try {
      encounter = codec.readEncounter(line);
    } catch (InvalidInputException e) {
      return WireMapping.error(codec.idOf(line.bytes(), line.offset(), line.length()), e, line.number())
          .withDataVersion(coder.dataVersion());
    } catch (OutOfMemoryError e) {
      return outOfMemory(null, e, line.number());
    }
    return code(encounter, line.number());
  }

  /** One element of a parsed JSON array. */
  public ResultJson code(JsonNode json, Long line) {
    EncounterJson encounter;
    try {
      encounter = codec.readEncounter(json);
    } catch (InvalidInputException e) {
      return WireMapping.error(WireCodec.idOf(json), e, line).withDataVersion(coder.dataVersion());
    }
    return code(encounter, line);
  }

  /** One record already read (from CSV, or a request body read on its own). */
  public ResultJson code(EncounterJson json, Long line) {
    try {
      return codeOnce(json, line);
    } catch (OutOfMemoryError first) {
      // The heap is shared: another record may have been the one to fill it. Once more; if this
      // record fails again it is the one that needs more memory than there is.
      try {
        return codeOnce(json, line);
      } catch (OutOfMemoryError again) {
        return outOfMemory(WireMapping.echoId(json), again, line);
      }
    }
  }

  /**
   * The answer for a record that ran out of memory being read, coded or written: its error, in
   * place of what could not be finished.
   */
  public ResultJson outOfMemory(String id, OutOfMemoryError e, Long line) {
    failures.failed(e, line);
    return ResultJson.failed(id, new ErrorJson(CODING_FAILED, "the encounter could not be coded: it needs more"
        + " memory than the JVM has (-Xmx); the other records were coded", null, line))
        .withDataVersion(coder.dataVersion());
  }

  private ResultJson codeOnce(EncounterJson json, Long line) {
    try {
      Encounter encounter = mapping.toDomain(json);
      ResultJson result;
      if (checker == null) {
        result = mapping.toWire(encounter, coder.code(encounter));
      } else {
        CheckedClaim checked = checker.check(encounter, CheckMapping.billed(json));
        result = CheckMapping.toWire(mapping.toWire(encounter, checked.result()), checked.check());
      }
      return headers ? result.withHeader(new ClaimHeader(encounter, json.fhir() == null ? FhirReferences.NONE
          : json.fhir())) : result;
    } catch (InvalidInputException e) {
      return WireMapping.error(WireMapping.echoId(json), e, line).withDataVersion(coder.dataVersion());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // The engine turns a failing plugin into a finding; this is the net for anything else.
      failures.failed(e, line);
      return ResultJson.failed(WireMapping.echoId(json), new ErrorJson(CODING_FAILED,
          "the encounter could not be coded (" + e.getClass().getSimpleName() + "); the other records were coded",
          null, line)).withDataVersion(coder.dataVersion());
    }
  }

  /**
   * An NDJSON line longer than {@code maxLineBytes}, refused without being read: the same answer
   * from the CLI's {@code --max-line} and the Spark job's.
   */
  public ResultJson tooLong(int maxLineBytes, Long line) {
    return unreadable(new InvalidInputException("", "the line is longer than " + maxLineBytes
        + " bytes (--max-line); it was skipped"), line);
  }

  /**
   * A record that could not even be cut out of the input (a line over the limit, a broken CSV row),
   * naming the data the other records were coded with.
   */
  public ResultJson unreadable(InvalidInputException problem, Long line) {
    return WireMapping.error(null, problem, line).withDataVersion(coder.dataVersion());
  }
}
