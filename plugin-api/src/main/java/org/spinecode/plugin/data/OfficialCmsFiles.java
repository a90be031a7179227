package org.spinecode.plugin.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/**
 * Reads official CMS files in their published layouts (shared data/cms/README.md, "Official
 * layouts") from a folder, keeping only rows whose codes the bundled tables and the code table
 * know (SpineCode's families and their neighbours), so a 2.5-million-row PTP file costs a pass,
 * not the memory. A file found for a table replaces that table's bundled rows.
 *
 * <ul>
 *   <li>PTP: {@code ccipra*.txt} (practitioner) and {@code ccioph*.txt} (outpatient hospital),
 *       tab-delimited, header over several lines: Column 1, Column 2, pre-1996 flag, effective
 *       date YYYYMMDD, deletion date YYYYMMDD or {@code *}, modifier indicator, rationale;</li>
 *   <li>MUE: {@code *MUE*Practitioner*.csv} and {@code *MUE*Outpatient*.csv}, CSV after a licence
 *       preamble: code, MUE value, adjudication indicator text ("2 Date of Service Edit: Policy"),
 *       rationale; the quarter comes from {@code Eff_MM-DD-YYYY} in the name;</li>
 *   <li>AOC: {@code *AOC*.csv} or {@code *add*on*.csv}/{@code .txt}: add-on code, primary code,
 *       AOC type, effective and deletion dates;</li>
 *   <li>PFS: {@code PPRRVU*.csv}: the bilateral surgery indicator per code.</li>
 * </ul>
 * The extracts' reading of a deletion date holds here too: the pair applies through that date.
 */
final class OfficialCmsFiles {
  private static final Pattern CODE = Pattern.compile("[0-9A-Z]\\d{3}[0-9A-Z]");
  private static final Pattern EFFECTIVE = Pattern.compile("Eff_(\\d{2})-(\\d{2})-(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final ReferenceData.Loader loader;
  private final Set<String> known = new HashSet<>();
  private LocalDate quarterStart;

  OfficialCmsFiles(ReferenceData.Loader loader, Collection<String> alsoKeep) {
    this.loader = loader;
    known.addAll(alsoKeep);
    known.addAll(loader.codes.keySet());
    loader.ptp.values().forEach(list -> list.forEach(p -> {
      known.add(p.columnOne());
      known.add(p.columnTwo());
    }));
    loader.mue.values().forEach(list -> list.forEach(m -> known.add(m.code())));
    loader.bilateral.keySet().forEach(known::add);
  }

  void read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DataLoadException(folder.toString(), 0, "the data folder does not exist or is not a folder");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new DataLoadException(folder.toString(), 0, "cannot list the data folder");
    }
    List<PtpEdit> practitioner = new ArrayList<>();
    List<PtpEdit> hospital = new ArrayList<>();
    boolean any = false;
    List<String> ptpNames = new ArrayList<>(List.of("", ""));
    for (Path file : files) {
      String name = file.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.equals(PolicyTable.FILE_NAME)) {
        loader.policies = PolicyTable.load(file);
        loader.policySource = "SpineCode payer policies (" + name + " from the data folder)";
        any = true;
      } else if (name.equals(ConventionTable.FILE_NAME)) {
        loader.readConventions(Table.file(file));
        loader.conventionsSource = "SpineCode claim conventions (" + name + " from the data folder)";
        any = true;
      } else if (lower.startsWith("ccipra") && lower.endsWith(".txt")) {
        readPtp(file, EditTable.PRACTITIONER, practitioner);
        ptpNames.set(0, ptpNames.get(0) + (ptpNames.get(0).isEmpty() ? "" : ", ") + name);
        any = true;
      } else if (lower.startsWith("ccioph") && lower.endsWith(".txt")) {
        readPtp(file, EditTable.OUTPATIENT_HOSPITAL, hospital);
        ptpNames.set(1, ptpNames.get(1) + (ptpNames.get(1).isEmpty() ? "" : ", ") + name);
        any = true;
      } else if (lower.contains("mue") && lower.endsWith(".csv")) {
        EditTable table = lower.contains("outpatient") ? EditTable.OUTPATIENT_HOSPITAL : EditTable.PRACTITIONER;
        loader.mue.put(table, readMue(file, table));
        loader.sources.put("mue-" + table, "CMS NCCI MUE (" + name + ")");
        quarterFrom(name);
        any = true;
      } else if ((lower.contains("aoc") || lower.contains("addon") || lower.contains("add-on"))
          && (lower.endsWith(".csv") || lower.endsWith(".txt"))) {
        loader.addOns.clear();
        loader.addOns.addAll(readAddOns(file));
        loader.sources.put("aoc", "CMS NCCI add-on code edits (" + name + ")");
        any = true;
      } else if (lower.startsWith("pprrvu") && lower.endsWith(".csv")) {
        readFeeSchedule(file);
        any = true;
      }
    }
    if (!practitioner.isEmpty() || !ptpNames.get(0).isEmpty()) {
      loader.ptp.put(EditTable.PRACTITIONER, practitioner);
      loader.sources.put("ptp-" + EditTable.PRACTITIONER, "CMS NCCI PTP edits, practitioner (" + ptpNames.get(0) + ")");
    }
    if (!hospital.isEmpty() || !ptpNames.get(1).isEmpty()) {
      loader.ptp.put(EditTable.OUTPATIENT_HOSPITAL, hospital);
      loader.sources.put("ptp-" + EditTable.OUTPATIENT_HOSPITAL,
          "CMS NCCI PTP edits, outpatient hospital (" + ptpNames.get(1) + ")");
    }
    if (!any) {
      throw new DataLoadException(folder.toString(), 0, "no official CMS file found (ccipra*.txt, ccioph*.txt,"
          + " *MUE*.csv, *AOC*.csv, PPRRVU*.csv) nor policies.csv or conventions.csv");
    }
    if (quarterStart == null) {
      quarterStart = latestPtpStart(practitioner, hospital);
    }
    if (quarterStart != null) {
      int q = (quarterStart.getMonthValue() - 1) / 3 + 1;
      LocalDate first = LocalDate.of(quarterStart.getYear(), (q - 1) * 3 + 1, 1);
      loader.quarter = quarterStart.getYear() + "Q" + q;
      loader.firstDay = first;
      loader.lastDay = first.plusMonths(3).minusDays(1);
    }
  }

  private void readPtp(Path file, EditTable table, List<PtpEdit> into) {
    forEachLine(file, (number, line) -> {
      List<String> f = Table.split(line, '\t', file.getFileName().toString(), number);
      if (f.size() < 6 || !CODE.matcher(f.get(0).trim()).matches() || !f.get(3).trim().matches("\\d{8}")) {
        return;
      }
      String one = f.get(0).trim();
      String two = f.get(1).trim();
      if (!known.contains(one) || !known.contains(two)) {
        return;
      }
      try {
        into.add(PtpEdit.builder().table(table).columnOne(one).columnTwo(two)
            .modifierIndicator(Integer.parseInt(f.get(5).trim()))
            .effectiveFrom(date(f.get(3))).lastDay(date(f.get(4)))
            .rationale(f.size() > 6 && !f.get(6).isBlank() ? f.get(6).trim() : "not given").build());
      } catch (RuntimeException e) {
        throw new DataLoadException(file.getFileName().toString(), number, "not a PTP row: " + reason(e));
      }
    });
  }

  private List<MueLimit> readMue(Path file, EditTable table) {
    List<MueLimit> limits = new ArrayList<>();
    forEachLine(file, (number, line) -> {
      List<String> f = Table.split(line, ',', file.getFileName().toString(), number);
      if (f.size() < 3 || !CODE.matcher(f.get(0).trim()).matches()) {
        return;
      }
      String code = f.get(0).trim();
      if (!known.contains(code)) {
        return;
      }
      try {
        String mai = f.get(2).trim();
        limits.add(MueLimit.builder().table(table).code(code).units(Integer.parseInt(f.get(1).trim()))
            .adjudication(Integer.parseInt(mai.substring(0, 1)))
            .rationale(f.size() > 3 && !f.get(3).isBlank() ? f.get(3).trim() : "not given").build());
      } catch (RuntimeException e) {
        throw new DataLoadException(file.getFileName().toString(), number, "not an MUE row: " + reason(e));
      }
    });
    if (limits.isEmpty()) {
      throw new DataLoadException(file.getFileName().toString(), 0, "no MUE row for SpineCode's codes was found");
    }
    return limits;
  }

  private List<AddOnRule> readAddOns(Path file) {
    List<AddOnRule> rules = new ArrayList<>();
    char delimiter = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt") ? '\t' : ',';
    forEachLine(file, (number, line) -> {
      List<String> f = Table.split(line, delimiter, file.getFileName().toString(), number);
      if (f.size() < 3 || !CODE.matcher(f.get(0).trim()).matches()) {
        return;
      }
      String addOn = f.get(0).trim();
      String primary = f.get(1).trim();
      if (!known.contains(addOn)) {
        return;
      }
      try {
        rules.add(AddOnRule.builder().addOn(addOn)
            .primary(primary.isEmpty() || primary.equalsIgnoreCase("CCCCC") ? Optional.empty() : Optional.of(primary))
            .type(Integer.parseInt(f.get(2).trim()))
            .effectiveFrom(f.size() > 3 ? date(f.get(3)) : Optional.empty())
            .lastDay(f.size() > 4 ? date(f.get(4)) : Optional.empty()).build());
      } catch (RuntimeException e) {
        throw new DataLoadException(file.getFileName().toString(), number, "not an add-on code row: " + reason(e));
      }
    });
    if (rules.isEmpty()) {
      throw new DataLoadException(file.getFileName().toString(), 0, "no add-on code row for SpineCode's codes was found");
    }
    return rules;
  }

  private void readFeeSchedule(Path file) {
    int[] columns = {-1, -1, -1};
    loader.bilateral.clear();
    int[] rows = {0};
    forEachLine(file, (number, line) -> {
      List<String> f = Table.split(line, ',', file.getFileName().toString(), number);
      if (columns[2] < 0) {
        for (int i = 0; i < f.size(); i++) {
          String head = f.get(i).trim().toUpperCase(Locale.ROOT);
          if (head.startsWith("BILAT")) {
            columns[2] = i;
          } else if (head.equals("MOD")) {
            columns[0] = i;
          } else if (head.contains("STATUS")) {
            columns[1] = i;
          }
        }
        return;
      }
      if (f.isEmpty() || !CODE.matcher(f.get(0).trim()).matches() || !known.contains(f.get(0).trim())) {
        return;
      }
      if (columns[0] >= 0 && columns[0] < f.size() && !f.get(columns[0]).isBlank()) {
        return;
      }
      try {
        loader.bilateral.put(f.get(0).trim(), Integer.parseInt(f.get(columns[2]).trim()));
        rows[0]++;
      } catch (RuntimeException e) {
        throw new DataLoadException(file.getFileName().toString(), number, "not a relative value row: " + reason(e));
      }
    });
    if (columns[2] < 0) {
      throw new DataLoadException(file.getFileName().toString(), 0, "no BILAT SURG column header was found");
    }
    String name = file.getFileName().toString();
    loader.pfsVersion = name.replaceFirst("(?i)\\.csv$", "");
    loader.pfsRows = rows[0];
    loader.sources.put("pfs", "CMS PFS relative value file (" + name + ")");
  }

  private void quarterFrom(String name) {
    Matcher m = EFFECTIVE.matcher(name);
    if (m.find()) {
      quarterStart = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
  }

  private static LocalDate latestPtpStart(List<PtpEdit> a, List<PtpEdit> b) {
    LocalDate latest = null;
    for (List<PtpEdit> list : List.of(a, b)) {
      for (PtpEdit edit : list) {
        if (edit.effectiveFrom().isPresent() && (latest == null || edit.effectiveFrom().get().isAfter(latest))) {
          latest = edit.effectiveFrom().get();
        }
      }
    }
    return latest;
  }

  private static Optional<LocalDate> date(String text) {
    String value = text.trim();
    if (value.isEmpty() || value.equals("*") || value.equals("99991231")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value, YYYYMMDD));
    } catch (DateTimeParseException e) {
      return Optional.of(LocalDate.parse(value));
    }
  }

  private static String reason(RuntimeException e) {
    return e instanceof DateTimeParseException ? "a date is not YYYYMMDD"
        : e instanceof NumberFormatException ? "a number is not a whole number"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private interface LineReader {
    void line(int number, String text);
  }

  private static void forEachLine(Path file, LineReader reader) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          reader.line(number, line);
        }
      }
    } catch (IOException e) {
      throw new DataLoadException(file.getFileName().toString(), 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
