package org.spinecode.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.check.BilledLineText;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.EncounterJson.BilledLineJson;
import org.spinecode.rest.wire.EncounterJson.PriorSessionJson;
import org.spinecode.rest.wire.EncounterJson.ProcedureJson;
import org.spinecode.rest.wire.EncounterJson.TargetJson;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireMapping;

/**
 * CSV with a header row and one row per target (see {@link #COLUMNS}). Consecutive rows with the
 * same {@code id} are one encounter; rows without an id are one encounter each. Within an
 * encounter, rows with the same {@code procedure} label (or, without that column, the same family,
 * guidance, purpose, approach and catheter) are one procedure. Encounter fields may be repeated on
 * every row or given once; {@code history} holds prior sessions as
 * {@code 2025-05-10 TRANSFORAMINAL LUMBAR_SACRAL THERAPEUTIC; ...}; {@code diagnoses} holds ICD-10-CM
 * codes, the primary first, as {@code M54.16; M47.816}; {@code nerves} are separated by
 * spaces. Check mode adds a {@code billed} column: each row's cell adds billed lines written as a
 * coder writes them, {@code 64493-50-KX x1; 64494-50-KX x1}; a row with only {@code id} and
 * {@code billed} adds billed lines and no procedure.
 */
final class CsvEncounters implements EncounterReader {
  static final List<String> COLUMNS = List.of("id", "dateOfService", "payer", "setting", "claimType",
      "bilateralStyle", "abnOnFile", "priorAuthorizationNumber", "state", "medicareJurisdiction", "history",
      "diagnoses", "procedure", "family", "guidance", "purpose", "approach", "indwellingCatheter", "level", "nerves",
      "side", "billed");
  private static final List<String> ENCOUNTER_COLUMNS = COLUMNS.subList(0, 12);
  private static final List<String> REQUIRED = List.of("dateOfService", "payer", "family", "guidance");

  private final BufferedReader in;
  private final RecordCoder records;
  private final Map<String, Integer> columns = new HashMap<>();
  private long lineNumber;
  private Row pending;

  CsvEncounters(BufferedReader in, RecordCoder records) throws IOException {
    this.in = in;
    this.records = records;
    Row header = readRow();
    if (header == null) {
      throw new InputProblem("the input is empty; " + InputProblem.EXPECTED);
    }
    readHeader(header);
    pending = readRow();
  }

  // A header that names no known column is not CSV of encounters; one that misspells a column
  // would silently drop it, so both are usage errors naming the column and the expected names.
  private void readHeader(Row header) {
    if (header.unclosedQuote) {
      throw new InputProblem("the CSV header opens a quote that is never closed; " + InputProblem.EXPECTED);
    }
    Map<String, String> known = new HashMap<>();
    for (String column : COLUMNS) {
      known.put(column.toLowerCase(Locale.ROOT), column);
    }
    for (int i = 0; i < header.cells.size(); i++) {
      String cell = header.cells.get(i).strip();
      String name = known.get(cell.toLowerCase(Locale.ROOT));
      if (name == null && !cell.isEmpty()) {
        String hint = cell.contains(";") || cell.contains("\t")
            ? " (columns must be separated by commas)" : "";
        throw new InputProblem("CSV header column " + (i + 1) + " '" + printable(cell) + "' is not a column we read"
            + hint + "; expected columns: " + String.join(", ", COLUMNS));
      }
      if (name != null) {
        columns.put(name, i);
      }
    }
    List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw new InputProblem("the CSV header has no " + String.join(", ", missing) + " column; expected columns: "
          + String.join(", ", COLUMNS));
    }
  }

  private static String printable(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return shown.replaceAll("[^\\x20-\\x7e]", "?");
  }

  @Override
  public ResultJson next() throws IOException {
    if (pending == null) {
      return null;
    }
    List<Row> rows = new ArrayList<>();
    rows.add(pending);
    String id = cell(pending, "id");
    pending = readRow();
    while (id != null && pending != null && !rows.get(rows.size() - 1).unclosedQuote
        && id.equals(cell(pending, "id"))) {
      rows.add(pending);
      pending = readRow();
    }
    long line = rows.get(0).line;
    for (Row row : rows) {
      if (row.unclosedQuote) {
        return records.unreadable(new InvalidInputException("", "a quoted cell opened on line " + row.line
            + " is never closed; the rest of the input was read as part of it"), line);
      }
    }
    EncounterJson encounter;
    try {
      encounter = encounter(rows);
    } catch (InvalidInputException e) {
      return WireMapping.error(WireMapping.echoable(id), e, line);
    }
    return records.code(encounter, line);
  }

  private EncounterJson encounter(List<Row> rows) {
    Map<String, String> fields = new HashMap<>();
    for (Row row : rows) {
      for (String column : ENCOUNTER_COLUMNS) {
        String value = cell(row, column);
        String seen = fields.putIfAbsent(column, value);
        if (value != null && seen != null && !seen.equals(value)) {
          throw new InvalidInputException(column, "line " + row.line + " gives '" + value
              + "' but an earlier row of this encounter gave '" + seen + "'");
        }
      }
    }
    Map<String, List<Row>> procedures = new LinkedHashMap<>();
    for (Row row : rows) {
      if (billedOnly(row)) {
        continue;
      }
      String key = columns.containsKey("procedure") ? String.valueOf(cell(row, "procedure"))
          : String.join("|", String.valueOf(cell(row, "family")), String.valueOf(cell(row, "guidance")),
              String.valueOf(cell(row, "purpose")), String.valueOf(cell(row, "approach")),
              String.valueOf(cell(row, "indwellingCatheter")));
      procedures.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    List<ProcedureJson> procedureList = new ArrayList<>();
    for (List<Row> procedure : procedures.values()) {
      procedureList.add(procedure(procedure));
    }
    return new EncounterJson(fields.get("id"), fields.get("dateOfService"), fields.get("payer"),
        fields.get("setting"), fields.get("claimType"), fields.get("bilateralStyle"),
        bool(fields.get("abnOnFile"), "abnOnFile"), fields.get("priorAuthorizationNumber"), fields.get("state"),
        fields.get("medicareJurisdiction"), history(fields.get("history")), procedureList, billed(rows),
        diagnoses(fields.get("diagnoses")), null);
  }

  /** A check-mode row that only adds billed lines to the encounter above it. */
  private boolean billedOnly(Row row) {
    return cell(row, "billed") != null && cell(row, "family") == null && cell(row, "procedure") == null
        && cell(row, "level") == null && cell(row, "nerves") == null;
  }

  /** Check mode: each row's {@code billed} cell adds its lines ({@code 64493-50-KX x1; 64494-50-KX}). */
  private List<BilledLineJson> billed(List<Row> rows) {
    if (!columns.containsKey("billed")) {
      return null;
    }
    List<BilledLineJson> billed = new ArrayList<>();
    for (Row row : rows) {
      try {
        for (BilledLine line : BilledLineText.parse(cell(row, "billed"), billed.size())) {
          billed.add(new BilledLineJson(line.code(), line.modifiers(), line.units()));
        }
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.field(), "line " + row.line + ": " + e.reason());
      }
      ClaimChecker.checkLineCount(billed.size());
    }
    return billed;
  }

  private ProcedureJson procedure(List<Row> rows) {
    Row first = rows.get(0);
    List<TargetJson> targets = new ArrayList<>();
    for (Row row : rows) {
      String level = cell(row, "level");
      String nerves = cell(row, "nerves");
      if (level == null && nerves == null) {
        continue;
      }
      targets.add(new TargetJson(level, nerves == null ? null : List.of(nerves.split("[\\s;|]+")), cell(row, "side")));
    }
    return new ProcedureJson(cell(first, "family"), cell(first, "guidance"), cell(first, "purpose"),
        cell(first, "approach"), bool(cell(first, "indwellingCatheter"), "indwellingCatheter"), targets);
  }

  /** {@code M54.16; M47.816}: the primary first. */
  private static List<String> diagnoses(String text) {
    if (text == null) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (String code : text.split(";")) {
      if (!code.isBlank()) {
        codes.add(code.strip());
      }
    }
    return codes;
  }

  private static List<PriorSessionJson> history(String text) {
    if (text == null) {
      return null;
    }
    List<PriorSessionJson> sessions = new ArrayList<>();
    for (String entry : text.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.strip().split("\\s+");
      if (parts.length < 3 || parts.length > 4) {
        throw new InvalidInputException("history", "'" + entry.strip()
            + "' should read DATE FAMILY REGION [PURPOSE], such as 2025-05-10 FACET LUMBAR_SACRAL DIAGNOSTIC");
      }
      sessions.add(new PriorSessionJson(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : null));
    }
    return sessions;
  }

  private static Boolean bool(String text, String field) {
    if (text == null) {
      return null;
    }
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "y": case "1":
        return Boolean.TRUE;
      case "false": case "no": case "n": case "0":
        return Boolean.FALSE;
      default:
        throw new InvalidInputException(field, "'" + text + "' is not true or false");
    }
  }

  private String cell(Row row, String column) {
    Integer index = columns.get(column);
    if (index == null || index >= row.cells.size()) {
      return null;
    }
    String value = row.cells.get(index).strip();
    return value.isEmpty() ? null : value;
  }

  /** One RFC 4180 record, which may span lines inside quotes. */
  private Row readRow() throws IOException {
    String text;
    do {
      text = in.readLine();
      lineNumber++;
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    long start = lineNumber;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i == text.length()) {
        if (!quoted) {
          break;
        }
        String more = in.readLine();
        lineNumber++;
        if (more == null) {
          cells.add(cell.toString());
          return new Row(start, cells, true);
        }
        cell.append('\n');
        text = more;
        i = 0;
        continue;
      }
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"' && i < text.length() && text.charAt(i) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return new Row(start, cells, false);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private record Row(long line, List<String> cells, boolean unclosedQuote) {}
}
