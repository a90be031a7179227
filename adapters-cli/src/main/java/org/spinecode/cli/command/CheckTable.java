package org.spinecode.cli.command;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.DifferenceJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * A check for a person at a terminal: the billed lines beside SpineCode's, the differing rows
 * marked (in colour on a terminal) with why and the authority, then the edits' findings.
 */
final class CheckTable implements ResultSink {
  private static final String ROW = "  %-2s %-22s %-22s %s%n";
  private final Writer out;
  private final boolean colour;
  private long matched;
  private long differed;
  private long scrubbed;
  private long refused;

  CheckTable(Writer out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  @Override
  public void accept(ResultJson result) throws IOException {
    String title = result.id() == null ? "claim" : result.id();
    if (result.error() != null) {
      refused++;
      out.write(title + (result.error().line() == null ? "" : " (input line " + result.error().line() + ")")
          + ": NOT CHECKED\n  " + result.error().code() + ": " + result.error().message() + "\n\n");
      return;
    }
    boolean differs = result.differs();
    if (differs) {
      differed++;
    } else if (result.scrubbed()) {
      scrubbed++;
    } else {
      matched++;
    }
    out.write(title + ": " + mark(result.check().verdict(), differs) + "\n");
    out.write(String.format(ROW, "", "BILLED", "SPINECODE", ""));
    for (String line : matchedLines(result)) {
      out.write(String.format(ROW, "", line, line, ""));
    }
    for (DifferenceJson difference : result.check().differences()) {
      out.write(mark(String.format(ROW, "!", ClaimText.of(difference.billed()).isEmpty() ? "(not billed)"
          : ClaimText.of(difference.billed()), difference.expected() == null ? "(not billed)"
          : ClaimText.of(difference.expected()), difference.kind()), true));
      out.write("       " + difference.message() + "\n");
      out.write("       source: " + difference.source() + "\n");
    }
    for (FindingJson finding : result.check().findings()) {
      out.write(String.format("  %-7s %s%s: %s%n", finding.severity(), finding.rule(),
          finding.codes().isEmpty() ? "" : " [" + String.join(", ", finding.codes()) + "]", finding.message()));
      out.write("          source: " + finding.source() + "\n");
    }
    out.write("\n");
  }

  /** SpineCode's lines that the claim bills exactly: those no difference names as expected. */
  static List<String> matchedLines(ResultJson result) {
    List<String> unmatched = new ArrayList<>();
    for (DifferenceJson difference : result.check().differences()) {
      if (difference.expected() != null) {
        unmatched.add(ClaimText.of(difference.expected()));
      }
    }
    List<String> matched = new ArrayList<>();
    for (LineJson line : result.lines()) {
      String text = ClaimText.of(line);
      if (!unmatched.remove(text)) {
        matched.add(text);
      }
    }
    return matched;
  }

  private String mark(String text, boolean differs) {
    if (!colour || !differs) {
      return text;
    }
    boolean newline = text.endsWith("\n");
    return "\u001b[1;31m" + (newline ? text.substring(0, text.length() - 1) : text) + "\u001b[0m" + (newline ? "\n" : "");
  }

  @Override
  public void finish() throws IOException {
    out.write(matched + " match, " + differed + " differ, " + (scrubbed == 0 ? "" : scrubbed + " scrubbed, ") + refused
        + " refused\n");
    out.flush();
  }
}
