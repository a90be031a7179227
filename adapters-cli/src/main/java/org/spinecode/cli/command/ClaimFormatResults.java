package org.spinecode.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.spinecode.rest.format.ClaimFormat;
import org.spinecode.rest.format.UnwritableClaim;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;

/**
 * A claim format out ({@code --output fhir} or {@code x12}). FHIR: one Bundle per encounter, one
 * per line in a batch (a refused record is a Bundle with the OperationOutcome that says why),
 * pretty-printed for a single encounter. X12: each encounter's segments, a blank line between
 * encounters; X12 has no place for findings or refusals, so those go to standard error, and a
 * record that could not be written makes the run exit with 1.
 */
final class ClaimFormatResults implements ResultSink {
  private final ClaimFormat format;
  private final Writer out;
  private final PrintWriter err;
  private final boolean pretty;
  private boolean first = true;
  private boolean unwritten;

  ClaimFormatResults(ClaimFormat format, Writer out, PrintWriter err, boolean pretty) {
    this.format = format;
    this.out = out;
    this.err = err;
    this.pretty = pretty;
  }

  @Override
  public void accept(ResultJson result) throws IOException {
    if (format == ClaimFormat.FHIR) {
      out.write(format.write(result, pretty));
      out.write('\n');
      return;
    }
    String name = result.id() != null ? result.id()
        : result.error() != null && result.error().line() != null ? "the record on line " + result.error().line()
        : "an encounter without id";
    String segments;
    try {
      segments = format.write(result, false);
    } catch (UnwritableClaim e) {
      unwritten = true;
      err.println("spinecode: " + name + ": not written as X12: " + e.getMessage()
          + (result.error() == null ? "" : "; " + result.error().message()));
      return;
    }
    if (result.lines().isEmpty()) {
      err.println("spinecode: " + name + ": no service line to write as X12");
    } else {
      out.write(first ? "" : "\n");
      out.write(segments);
      first = false;
    }
    for (FindingJson finding : result.findings()) {
      if (!finding.severity().equals("INFO")) {
        err.println("spinecode: " + name + ": " + finding.severity() + " " + finding.rule()
            + (finding.codes().isEmpty() ? "" : " [" + String.join(", ", finding.codes()) + "]"));
      }
    }
  }

  @Override
  public boolean refusedAny() {
    return unwritten;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
    err.flush();
  }
}
