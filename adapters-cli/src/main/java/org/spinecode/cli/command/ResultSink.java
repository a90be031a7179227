package org.spinecode.cli.command;

import java.io.IOException;
import org.spinecode.rest.wire.ResultJson;

/** Where coded results go, one at a time. */
interface ResultSink {

  void accept(ResultJson result) throws IOException;

  /** After the last result: close brackets, print totals, flush. */
  void finish() throws IOException;

  /** True when a result could not be written in the output format (the run exits with 1). */
  default boolean refusedAny() {
    return false;
  }
}
