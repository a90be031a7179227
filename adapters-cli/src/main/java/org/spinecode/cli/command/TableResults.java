package org.spinecode.cli.command;

import java.io.IOException;
import java.io.Writer;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/** A readable report for a person at a terminal: the claim lines, then findings with their sources. */
final class TableResults implements ResultSink {
  private final Writer out;
  private long coded;
  private long refused;

  TableResults(Writer out) {
    this.out = out;
  }

  @Override
  public void accept(ResultJson result) throws IOException {
    String title = result.id() == null ? "encounter" : result.id();
    if (result.error() != null) {
      refused++;
      out.write(title + (result.error().line() == null ? "" : " (input line " + result.error().line() + ")")
          + ": NOT CODED\n  " + result.error().code() + ": " + result.error().message() + "\n"
          + dataLine(result) + "\n");
      return;
    }
    coded++;
    out.write(title + "\n");
    if (result.lines().isEmpty()) {
      out.write("  (no claim lines)\n");
    } else {
      out.write(String.format("  %-7s %-12s %5s  %-22s %-8s %s%n", "CODE", "MODIFIERS", "UNITS", "LEVELS", "DX",
          "DESCRIPTION"));
      for (LineJson line : result.lines()) {
        String pointers = line.diagnosisPointers() == null ? "" : line.diagnosisPointers().stream()
            .map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        out.write(String.format("  %-7s %-12s %5d  %-22s %-8s %s%n", line.code(), String.join(" ", line.modifiers()),
            line.units(), String.join(" ", line.levels()), pointers, line.label()));
      }
    }
    for (FindingJson finding : result.findings()) {
      out.write(String.format("  %-7s %s%s: %s%n", finding.severity(), finding.rule(),
          finding.codes().isEmpty() ? "" : " [" + String.join(", ", finding.codes()) + "]", finding.message()));
      out.write("          source: " + finding.source() + "\n");
    }
    out.write(dataLine(result) + "\n");
  }

  private static String dataLine(ResultJson result) {
    return result.dataVersion() == null ? "" : "  data: " + result.dataVersion() + "\n";
  }

  @Override
  public void finish() throws IOException {
    out.write(coded + " coded, " + refused + " refused\n");
    out.flush();
  }
}
