package org.spinecode.cli.command;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.ErrorJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;

/**
 * Check results as CSV: one {@code verdict} row per claim, then one row per difference
 * ({@code billed} and {@code expected} written as {@code 64493-50-KX x1}) and per finding on the
 * billed lines; a refused claim is one {@code error} row. Every row names the reference data.
 */
final class CheckCsv implements ResultSink {
  private static final String[] HEADER = {"id", "kind", "verdict", "difference", "code", "billed", "expected",
      "rule", "severity", "message", "source", "field", "inputLine", "dataVersion"};
  private final Writer out;
  private String version;

  CheckCsv(Writer out) throws IOException {
    this.out = out;
    CsvResults.row(out, HEADER);
  }

  @Override
  public void accept(ResultJson result) throws IOException {
    String id = result.id();
    version = result.dataVersion();
    ErrorJson error = result.error();
    if (error != null) {
      String line = error.line() == null ? null : error.line().toString();
      row(id, "error", null, null, null, null, null, error.code(), "ERROR", error.message(), null, error.field(), line);
      return;
    }
    String verdict = result.check().verdict();
    row(id, "verdict", verdict, null, null, null, null, null, null, null, null, null, null);
    for (DifferenceJson difference : result.check().differences()) {
      row(id, "difference", verdict, difference.kind(), difference.code(), ClaimText.of(difference.billed()),
          ClaimText.of(difference.expected()), null, null, difference.message(), difference.source(), null, null);
    }
    for (FindingJson finding : result.check().findings()) {
      row(id, "finding", verdict, null, String.join(" ", finding.codes()), null, null, finding.rule(),
          finding.severity(), finding.message(), finding.source(), null, null);
    }
  }

  private void row(String... cells) throws IOException {
    String[] named = Arrays.copyOf(cells, cells.length + 1);
    named[cells.length] = version;
    CsvResults.row(out, named);
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
