package org.spinecode.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import org.spinecode.rest.wire.WireCodec;

/** How listings (codes, plugins, explanations) are printed. */
enum ListingFormat {
  TABLE,
  JSON;

  /** Prints {@code value} as indented JSON when this is the JSON format; true when it did. */
  boolean printedAsJson(PrintWriter out, WireCodec codec, Object value) throws JsonProcessingException {
    if (this != JSON) {
      return false;
    }
    out.println(codec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    return true;
  }
}
