package org.spinecode.cli.command;

import java.io.PrintWriter;
import org.spinecode.rest.wire.WireCodec;

/** How listings (codes, plugins, explanations) are printed. */
enum ListingFormat {
  TABLE,
  JSON;

  /** Prints {@code value} as indented JSON when this is the JSON format; true when it did. */
  boolean printedAsJson(PrintWriter out, WireCodec codec, Object value) {
    if (this != JSON) {
      return false;
    }
    out.println(codec.prettyListing(value));
    return true;
  }
}
