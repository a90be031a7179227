package org.spinecode.cli.command;

import java.io.Closeable;
import java.io.IOException;
import org.spinecode.rest.wire.ResultJson;

/** Records from an input, each coded as it is read, so memory does not grow with the input. */
interface EncounterReader extends Closeable {

  /** The result of the next record, or null at the end. */
  ResultJson next() throws IOException;
}
