package org.spinecode.cli.command;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch audit report a compliance lead hands to a practice: one self-contained HTML page
 * (inline CSS, no script, nothing fetched) that says what was checked (the input, the run date,
 * the reference data, the counts), the match rate, the claims by kind and code of difference and
 * by rule, and the patterns found in the most claims first, each with its claim ids and
 * authority. Every count is of claims. It reads on a 390 px phone: the bar charts are HTML that
 * shrinks with the page, and the pattern table stacks into labelled cards.
 */
final class AuditReport {
  private static final int PATTERNS = 25;
  private final AuditTally tally;
  private final String input;
  private final LocalDate runDate;

  /** {@code input}: the name of what was read ("standard input" for a pipe); {@code runDate}: today. */
  AuditReport(AuditTally tally, String input, LocalDate runDate) {
    this.tally = tally;
    this.input = input;
    this.runDate = runDate;
  }

  void write(Writer out) throws IOException {
    AuditTally.Totals totals = tally.totals();
    long checked = totals.checked();
    String rate = checked == 0 ? "n/a"
        : String.format(Locale.ROOT, "%.1f%%", 100.0 * totals.matched() / checked);
    out.write("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>SpineCode audit report</title>
        <style>
        *{box-sizing:border-box}
        body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2330}
        h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d8dce4;vertical-align:top}
        td,dd{overflow-wrap:anywhere}
        .about{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:1rem 0}.about dt{color:#56607a}.about dd{margin:0}
        .figures{display:flex;gap:1rem 2rem;flex-wrap:wrap}.figure b{display:block;font-size:1.6rem}
        code{font-family:ui-monospace,monospace}.source{color:#56607a;font-size:.9em}
        .chart{display:grid;grid-template-columns:minmax(4rem,max-content) 1fr;gap:.35rem .75rem;align-items:center;max-width:40rem}
        .bar{display:contents}.bar .track{display:flex;align-items:center;gap:.4rem;min-width:0}
        .bar .fill{display:block;height:1.2rem;background:#c0392b;min-width:2px}
        .ids{font-size:.9em}
        @media (max-width:600px){
        body{margin:1rem auto}
        .about{grid-template-columns:1fr}.about dd{margin-bottom:.4rem}
        #patterns thead{display:none}#patterns,#patterns tbody,#patterns tr,#patterns td{display:block;width:100%}
        #patterns tr{border-bottom:2px solid #d8dce4;padding:.4rem 0}#patterns td{border:0;padding:.15rem 0}
        #patterns td::before{content:attr(data-label) ": ";font-weight:600;color:#56607a}
        }
        </style></head><body>
        <h1>SpineCode audit report</h1>
        """);
    out.write("<dl class=\"about\" id=\"about\">");
    fact(out, "input-name", "Input", input);
    fact(out, "run-date", "Run on", runDate.toString());
    fact(out, "data-version", "Reference data", totals.dataVersions().isEmpty() ? "(not named)"
        : String.join("; and ", totals.dataVersions()));
    fact(out, "counts", "Claims", totals.read() + " read: " + checked + " checked (" + totals.matched() + " match, "
        + totals.differed() + " differ), " + totals.refused() + " refused as invalid input");
    out.write("</dl>\n<p>Each claim's billed lines were compared with the lines SpineCode codes for the same"
        + " encounter. A match means \"coded as SpineCode codes it\", not \"payable\". Every count below is of"
        + " claims.</p>\n");
    out.write("<section class=\"figures\" id=\"summary\">");
    figure(out, "claims-checked", "claims checked", Long.toString(checked));
    figure(out, "match-rate", "match rate, of the claims checked, refused excluded", rate);
    figure(out, "claims-differ", "claims that differ", Long.toString(totals.differed()));
    figure(out, "claims-refused", "claims refused (invalid input)", Long.toString(totals.refused()));
    out.write("</section>\n");

    out.write("<h2>Claims by kind of difference</h2>\n");
    chart(out, "chart-kinds", totals.byKind());
    out.write("<h2>Claims by code that differs</h2>\n");
    chart(out, "chart-codes", top(totals.byCode(), 15));
    out.write("<h2>Claims with a finding on the billed lines, by rule</h2>\n");
    counts(out, "rules", "rule", totals.byRule());

    out.write("<h2>Patterns found in the most claims first</h2>\n<table id=\"patterns\"><thead><tr><th>claims</th>"
        + "<th>kind</th><th>billed</th><th>SpineCode</th><th>why</th><th>claim ids</th></tr></thead><tbody>\n");
    for (AuditTally.Pattern pattern : tally.worstPatterns(PATTERNS)) {
      out.write("<tr><td data-label=\"claims\">" + pattern.claims() + "</td><td data-label=\"kind\">"
          + esc(pattern.kind()) + "</td><td data-label=\"billed\"><code>" + esc(orNone(pattern.billed()))
          + "</code></td><td data-label=\"SpineCode\"><code>" + esc(orNone(pattern.expected()))
          + "</code></td><td data-label=\"why\">" + esc(pattern.message()) + "<div class=\"source\">"
          + esc(pattern.source()) + "</div></td><td data-label=\"claim ids\" class=\"ids\">" + ids(pattern)
          + "</td></tr>\n");
    }
    out.write("</tbody></table>\n");
    if (totals.uncounted() > 0) {
      out.write("<p>" + totals.uncounted() + " further claims fell in rarer patterns not listed.</p>\n");
    }
    out.write("<p class=\"source\">Written by spinecode check. Code descriptions are SpineCode's own words.</p>\n"
        + "</body></html>\n");
    out.flush();
  }

  private static String orNone(String line) {
    return line.isEmpty() ? "(not billed)" : line;
  }

  private static String ids(AuditTally.Pattern pattern) {
    List<String> named = new ArrayList<>();
    pattern.ids().forEach(id -> named.add(esc(id)));
    long more = pattern.claims() - pattern.ids().size() - pattern.unnamed();
    String text = String.join(", ", named);
    if (more > 0) {
      text += (text.isEmpty() ? "" : ", ") + "and " + more + " more";
    }
    if (pattern.unnamed() > 0) {
      text += (text.isEmpty() ? "" : "; ") + pattern.unnamed() + " without an id";
    }
    return text;
  }

  private static void fact(Writer out, String id, String label, String value) throws IOException {
    out.write("<dt>" + esc(label) + "</dt><dd id=\"" + id + "\">" + esc(value) + "</dd>");
  }

  private static void figure(Writer out, String id, String label, String value) throws IOException {
    out.write("<div class=\"figure\" id=\"" + id + "\"><b>" + esc(value) + "</b>" + esc(label) + "</div>");
  }

  private static void counts(Writer out, String id, String what, Map<String, Long> counts) throws IOException {
    if (counts.isEmpty()) {
      out.write("<p id=\"" + id + "\">none</p>\n");
      return;
    }
    out.write("<table id=\"" + id + "\"><thead><tr><th>" + what + "</th><th>claims</th></tr></thead><tbody>");
    for (Map.Entry<String, Long> entry : sorted(counts)) {
      out.write("<tr><td>" + esc(entry.getKey()) + "</td><td>" + entry.getValue() + "</td></tr>");
    }
    out.write("</tbody></table>\n");
  }

  /** A horizontal bar chart in HTML, largest first, each bar labelled with its count; it shrinks with the page. */
  private static void chart(Writer out, String id, Map<String, Long> counts) throws IOException {
    if (counts.isEmpty()) {
      out.write("<p id=\"" + id + "\">none</p>\n");
      return;
    }
    List<Map.Entry<String, Long>> rows = sorted(counts);
    long max = rows.get(0).getValue();
    out.write("<div class=\"chart\" id=\"" + id + "\" role=\"img\" aria-label=\"" + esc(id.replace('-', ' ')) + "\">");
    for (Map.Entry<String, Long> row : rows) {
      String width = String.format(Locale.ROOT, "%.1f%%", 85.0 * row.getValue() / max);
      out.write("<div class=\"bar\" data-label=\"" + esc(row.getKey()) + "\" data-count=\"" + row.getValue() + "\">"
          + "<span class=\"label\">" + esc(row.getKey()) + "</span><span class=\"track\"><span class=\"fill\" style=\"width:"
          + width + "\"></span><span class=\"count\">" + row.getValue() + "</span></span></div>");
    }
    out.write("</div>\n");
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
