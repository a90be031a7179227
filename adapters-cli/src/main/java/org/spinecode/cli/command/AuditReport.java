package org.spinecode.cli.command;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch audit report a compliance lead hands to a practice: one self-contained HTML page
 * (inline CSS and SVG, no script, nothing fetched) with the match rate, differences by kind and
 * by code, findings by rule, and the worst patterns first, each with an example claim and the
 * authority.
 */
final class AuditReport {
  private static final int PATTERNS = 25;
  private static final int BAR_WIDTH = 360;
  private final AuditTally tally;

  AuditReport(AuditTally tally) {
    this.tally = tally;
  }

  void write(Writer out) throws IOException {
    AuditTally.Totals totals = tally.totals();
    long compared = totals.matched() + totals.differed();
    String rate = compared == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * totals.matched() / compared);
    out.write("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>SpineCode audit report</title>
        <style>
        body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2330}
        h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d8dce4;vertical-align:top}
        .figures{display:flex;gap:2rem;flex-wrap:wrap}.figure b{display:block;font-size:1.6rem}
        code{font-family:ui-monospace,monospace}.source{color:#56607a;font-size:.9em}
        svg text{font:13px system-ui,sans-serif}
        </style></head><body>
        <h1>SpineCode audit report</h1>
        <p>Each claim's billed lines were compared with the lines SpineCode codes for the same encounter. A match
        means "coded as SpineCode codes it", not "payable".</p>
        """);
    out.write("<section class=\"figures\" id=\"summary\">");
    figure(out, "claims-checked", "claims checked", Long.toString(totals.checked()));
    figure(out, "match-rate", "match rate", rate);
    figure(out, "claims-differ", "claims that differ", Long.toString(totals.differed()));
    figure(out, "claims-refused", "claims refused (invalid input)", Long.toString(totals.refused()));
    out.write("</section>\n");

    out.write("<h2>Differences by kind</h2>\n");
    chart(out, "chart-kinds", totals.byKind());
    out.write("<h2>Differences by code</h2>\n");
    chart(out, "chart-codes", top(totals.byCode(), 15));
    out.write("<h2>Findings on the billed lines, by rule</h2>\n");
    counts(out, "rules", "rule", totals.byRule());

    out.write("<h2>Worst patterns first</h2>\n<table id=\"patterns\"><thead><tr><th>claims</th><th>kind</th>"
        + "<th>billed</th><th>SpineCode</th><th>why</th><th>example claim</th></tr></thead><tbody>\n");
    for (AuditTally.Pattern pattern : tally.worstPatterns(PATTERNS)) {
      out.write("<tr><td>" + pattern.count() + "</td><td>" + esc(pattern.kind()) + "</td><td><code>"
          + esc(pattern.billed()) + "</code></td><td><code>" + esc(pattern.expected()) + "</code></td><td>"
          + esc(pattern.message()) + "<div class=\"source\">" + esc(pattern.source()) + "</div></td><td>"
          + esc(pattern.exampleId() == null ? "(no id)" : pattern.exampleId()) + "</td></tr>\n");
    }
    out.write("</tbody></table>\n");
    if (totals.uncounted() > 0) {
      out.write("<p>" + totals.uncounted() + " further differences fell in rarer patterns not listed.</p>\n");
    }
    out.write("<p class=\"source\">Written by spinecode check. Code descriptions are SpineCode's own words.</p>\n"
        + "</body></html>\n");
    out.flush();
  }

  private static void figure(Writer out, String id, String label, String value) throws IOException {
    out.write("<div class=\"figure\" id=\"" + id + "\"><b>" + esc(value) + "</b>" + esc(label) + "</div>");
  }

  private static void counts(Writer out, String id, String what, Map<String, Long> counts) throws IOException {
    if (counts.isEmpty()) {
      out.write("<p id=\"" + id + "\">none</p>\n");
      return;
    }
    out.write("<table id=\"" + id + "\"><thead><tr><th>" + what + "</th><th>count</th></tr></thead><tbody>");
    for (Map.Entry<String, Long> entry : sorted(counts)) {
      out.write("<tr><td>" + esc(entry.getKey()) + "</td><td>" + entry.getValue() + "</td></tr>");
    }
    out.write("</tbody></table>\n");
  }

  /** A horizontal bar chart in inline SVG, largest first, each bar labelled with its count. */
  private static void chart(Writer out, String id, Map<String, Long> counts) throws IOException {
    if (counts.isEmpty()) {
      out.write("<p id=\"" + id + "\">none</p>\n");
      return;
    }
    List<Map.Entry<String, Long>> rows = sorted(counts);
    long max = rows.get(0).getValue();
    int height = rows.size() * 26 + 8;
    out.write("<svg id=\"" + id + "\" role=\"img\" width=\"560\" height=\"" + height + "\" viewBox=\"0 0 560 "
        + height + "\" xmlns=\"http://www.w3.org/2000/svg\"><title>" + esc(id.replace('-', ' ')) + "</title>");
    for (int i = 0; i < rows.size(); i++) {
      Map.Entry<String, Long> row = rows.get(i);
      int y = 4 + i * 26;
      long width = Math.max(2, row.getValue() * BAR_WIDTH / max);
      out.write("<g class=\"bar\" data-label=\"" + esc(row.getKey()) + "\" data-count=\"" + row.getValue() + "\">"
          + "<text x=\"0\" y=\"" + (y + 15) + "\">" + esc(row.getKey()) + "</text>"
          + "<rect x=\"120\" y=\"" + y + "\" width=\"" + width + "\" height=\"20\" fill=\"#c0392b\"></rect>"
          + "<text x=\"" + (126 + width) + "\" y=\"" + (y + 15) + "\">" + row.getValue() + "</text></g>");
    }
    out.write("</svg>\n");
  }

  private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return rows;
  }

  private static Map<String, Long> top(Map<String, Long> counts, int limit) {
    Map<String, Long> top = new LinkedHashMap<>();
    for (Map.Entry<String, Long> entry : sorted(counts)) {
      if (top.size() == limit) {
        break;
      }
      top.put(entry.getKey(), entry.getValue());
    }
    return top;
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
