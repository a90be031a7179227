package org.spinecode.spark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * Codes one input record into one result, as the CLI does for one NDJSON line: a record that
 * cannot be read or validated, or that makes a plugin fail, becomes an error result, never an
 * exception that would fail the task and, after retries, the job.
 */
final class RecordCoder {
  private static final Logger LOG = LoggerFactory.getLogger(RecordCoder.class);

  private final WireCodec codec;
  private final EncounterCoder coder;

  RecordCoder(WireCodec codec, EncounterCoder coder) {
    this.codec = codec;
    this.coder = coder;
  }

  /** The result for the UTF-8 JSON of one encounter; {@code line} is its position in the input. */
  ResultJson code(byte[] json, long line) {
    EncounterJson encounter;
    try {
      encounter = codec.readEncounter(json);
    } catch (InvalidInputException e) {
      return WireCodec.error(null, e, line);
    }
    try {
      return codec.toWire(coder.code(codec.toDomain(encounter)));
    } catch (InvalidInputException e) {
      return WireCodec.error(WireCodec.echoId(encounter), e, line);
    } catch (RuntimeException e) {
      // Exception messages may quote the record, so the log gets the type and the line only.
      LOG.warn("coding failed at input record {}: {}", line, e.getClass().getName());
      return ResultJson.failed(WireCodec.echoId(encounter), new ResultJson.ErrorJson("CODING_FAILED",
          "the encounter could not be coded: " + e.getClass().getSimpleName() + " (see the executor log)",
          null, line));
    }
  }

  /** The contract's JSON for a result, as the CLI writes it. */
  String write(ResultJson result) {
    return codec.write(result);
  }
}
