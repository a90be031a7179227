package org.spinecode.cli.command;

import java.io.Closeable;
import java.io.IOException;

/** Encounters from an input, one at a time, so memory does not grow with the input. */
interface EncounterReader extends Closeable {

  /** The next record, or null at the end. */
  InputRecord next() throws IOException;
}
