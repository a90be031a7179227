package org.spinecode.spark;

import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.WireCodec;

/**
 * What one executor JVM codes with: the library's record coders over its one engine, one coding
 * encounters and one checking claims (as the CLI's {@code code} and {@code check}), and the codec
 * that writes their results.
 */
record ExecutorCoder(RecordCoder records, RecordCoder checks, WireCodec codec) {

  /** The record coder for the run's mode. */
  RecordCoder records(boolean check) {
    return check ? checks : records;
  }
}
