package org.spinecode.cli.command;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultJson.FindingJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/**
 * CSV out: one row per claim line ({@code kind=line}), per finding ({@code kind=finding}) and per
 * refused encounter ({@code kind=error}). Modifiers, levels and a line's diagnosis pointers are
 * separated by spaces; every row names the reference data ({@code dataVersion}). A cell that a
 * spreadsheet would take for a formula is neutralised with a leading apostrophe.
 */
final class CsvResults implements ResultSink {
  static final String HEADER = "id,kind,code,modifiers,units,levels,label,rule,severity,message,source,field,inputLine,dataVersion,"
      + "diagnosisPointers";
  private final Writer out;
  private String version;

  CsvResults(Writer out) throws IOException {
    this.out = out;
    out.write(HEADER);
    out.write('\n');
  }

  @Override
  public void accept(ResultJson result) throws IOException {
    String id = result.id();
    version = result.dataVersion();
    if (result.error() != null) {
      row(id, "error", null, null, null, null, null, result.error().code(), "ERROR", result.error().message(),
          null, result.error().field(), result.error().line() == null ? null : result.error().line().toString());
      return;
    }
    for (LineJson line : result.lines()) {
      // The one row that fills the last column as well.
      row(out, id, "line", line.code(), String.join(" ", line.modifiers()), String.valueOf(line.units()),
          String.join(" ", line.levels()), line.label(), null, null, null, null, null, null, version,
          line.diagnosisPointers() == null ? null
              : String.join(" ", line.diagnosisPointers().stream().map(String::valueOf).toList()));
    }
    for (FindingJson finding : result.findings()) {
      row(id, "finding", String.join(" ", finding.codes()), null, null, null, null, finding.rule(),
          finding.severity(), finding.message(), finding.source(), null, null);
    }
  }

  private void row(String... cells) throws IOException {
    String[] named = Arrays.copyOf(cells, cells.length + 1);
    named[cells.length] = version;
    row(out, named);
  }

  /** One CSV row, quoted where needed. */
  static void row(Writer out, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells[i]));
    }
    out.write('\n');
  }

  static String quote(String cell) {
    if (cell == null) {
      return "";
    }
    if (startsAFormula(cell)) {
      return "\"'" + cell.replace("\"", "\"\"") + '"';
    }
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /**
   * A cell a spreadsheet would run as a formula (OWASP "CSV Injection": =, +, -, @, tab, carriage
   * return first). Such a cell, an encounter id perhaps, is written quoted with a leading
   * apostrophe, so that a spreadsheet shows it as text instead of running it.
   */
  private static boolean startsAFormula(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  static List<String> header() {
    return List.of(HEADER.split(","));
  }
}
