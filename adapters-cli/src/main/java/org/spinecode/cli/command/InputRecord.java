package org.spinecode.cli.command;

import org.spinecode.domain.InvalidInputException;
import org.spinecode.rest.wire.EncounterJson;

/** One encounter read from the input, or why it could not be read; {@code line} is where it starts. */
record InputRecord(long line, EncounterJson encounter, InvalidInputException problem) {

  static InputRecord of(long line, EncounterJson encounter) {
    return new InputRecord(line, encounter, null);
  }

  static InputRecord unreadable(long line, InvalidInputException problem) {
    return new InputRecord(line, null, problem);
  }
}
