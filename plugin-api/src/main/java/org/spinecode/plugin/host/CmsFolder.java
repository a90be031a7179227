package org.spinecode.plugin.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spinecode.domain.policy.ContractorDocuments;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.PtpEdit;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.PolicyTable;
import org.spinecode.plugin.data.Table;
import org.spinecode.plugin.host.diagnosis.ArticleExport;
import org.spinecode.plugin.host.diagnosis.ArticleFilter;
import org.spinecode.plugin.host.diagnosis.Icd10cmTables;

/**
 * A data folder (shared data/cms/README.md, "Official layouts"): each official CMS file found
 * replaces its table's bundled rows, release and source; {@code policies.csv},
 * {@code conventions.csv}, {@code codes.csv} and {@code medicare-jurisdictions.csv} replace the
 * product's own tables. Rows are kept for
 * the codes the bundled tables know and the installed families bill. A recognised file that yields
 * no row, or a row that cannot be read, refuses the whole folder: a table is never silently empty.
 *
 * <ul>
 *   <li>PTP: {@code ccipra*.txt} (practitioner), {@code ccioph*.txt} (outpatient hospital); the
 *       release is the quarter of the latest effective date of any row read;</li>
 *   <li>MUE: {@code *MUE*Practitioner*.csv}, {@code *MUE*Outpatient*.csv}; the release is the quarter of
 *       {@code Eff_MM-DD-YYYY} in the name;</li>
 *   <li>AOC: {@code *AOC*}, {@code *addon*} or {@code *add-on*} {@code .csv}/{@code .txt}; the release is
 *       the {@code YYYYQn} in the name;</li>
 *   <li>PFS: {@code PPRRVU*.csv}; the release is the file's name.</li>
 * </ul>
 */
final class CmsFolder {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])", Pattern.CASE_INSENSITIVE);

  private final ReferenceLoader loader;
  private final Set<String> keep = new HashSet<>();

  CmsFolder(ReferenceLoader loader, Collection<String> alsoKeep) {
    this.loader = loader;
    keep.addAll(alsoKeep);
    keep.addAll(loader.codes.keySet());
    loader.ptp.values().forEach(rows -> rows.rows.forEach(p -> {
      keep.add(p.columnOne());
      keep.add(p.columnTwo());
    }));
    loader.mue.values().forEach(rows -> rows.rows.forEach(m -> keep.add(m.code())));
    keep.addAll(loader.bilateral.keySet());
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
    PtpFiles practitioner = new PtpFiles();
    PtpFiles hospital = new PtpFiles();
    boolean any = false;
    for (Path file : files) {
      String name = CmsLines.name(file);
      String lower = name.toLowerCase(Locale.ROOT);
      String fromFolder = " (" + name + " from the data folder)";
      if (name.equals(PolicyTable.FILE_NAME)) {
        loader.policies = PolicyTable.load(file);
        loader.policySource = "SpineCode payer policies" + fromFolder;
      } else if (name.equals(JurisdictionTable.FILE_NAME)) {
        loader.contractors(Table.file(file), "SpineCode Medicare jurisdictions" + fromFolder);
      } else if (name.equals(ConventionTable.FILE_NAME)) {
        loader.conventions(Table.file(file), "SpineCode claim conventions" + fromFolder);
      } else if (name.equals(CodeDatesTable.FILE_NAME)) {
        Table codes = Table.file(file);
        loader.codes = CodeDatesTable.read(codes);
        loader.codesVersion = codes.version();
        loader.codesSource = "SpineCode code dates" + fromFolder;
        keep.addAll(loader.codes.keySet());
      } else if (lower.startsWith("ccipra") && lower.endsWith(".txt")) {
        practitioner.add(file, PtpFile.read(file, EditTable.PRACTITIONER, keep));
      } else if (lower.startsWith("ccioph") && lower.endsWith(".txt")) {
        hospital.add(file, PtpFile.read(file, EditTable.OUTPATIENT_HOSPITAL, keep));
      } else if (lower.contains("mue") && lower.endsWith(".csv")) {
        readMue(file, lower.contains("outpatient") ? EditTable.OUTPATIENT_HOSPITAL : EditTable.PRACTITIONER);
      } else if ((lower.contains("aoc") || lower.contains("addon") || lower.contains("add-on"))
          && (lower.endsWith(".csv") || lower.endsWith(".txt"))) {
        readAddOns(file);
      } else if (Icd10cmTables.isOrderFile(file) || ArticleExport.isExportFile(file)) {
        // Read below, as a whole: the order files by fiscal year, the export's files together.
        any = true;
        continue;
      } else if (lower.startsWith("pprrvu") && lower.endsWith(".csv")) {
        FeeScheduleFile pfs = FeeScheduleFile.read(file, keep);
        loader.bilateral.clear();
        loader.bilateral.putAll(pfs.bilateral);
        loader.pfsVersion = name.replaceFirst("(?i)\\.csv$", "");
        loader.pfsRows = pfs.bilateral.size();
        loader.pfsSource = "CMS PFS relative value file" + fromFolder;
      } else {
        continue;
      }
      any = true;
    }
    loader.icd10cm = Icd10cmTables.load(folder);
    ArticleExport.locate(folder).ifPresent(export -> {
      ArticleExport read = ArticleExport.read(export, ArticleFilter.of(
          loader.contractors.all().stream().map(ContractorDocuments::article).distinct().toList(), keep));
      loader.articles = read.articles();
      loader.articlesTable = read.table();
    });
    practitioner.replace(loader.ptp.get(EditTable.PRACTITIONER), "CMS NCCI PTP edits, practitioner");
    hospital.replace(loader.ptp.get(EditTable.OUTPATIENT_HOSPITAL), "CMS NCCI PTP edits, outpatient hospital");
    if (!any) {
      throw new DataLoadException(folder.toString(), 0, "no official CMS file found (ccipra*.txt, ccioph*.txt,"
          + " *MUE*.csv, *AOC*.csv, PPRRVU*.csv) nor an ICD-10-CM order file, CMS's coverage article export,"
          + " policies.csv, conventions.csv, codes.csv or medicare-jurisdictions.csv");
    }
  }

  private void readMue(Path file, EditTable table) {
    MueFile mue = MueFile.read(file, table, keep);
    LocalDate effective = MueFile.effective(file);
    NcciQuarter quarter = effective == null ? null : NcciQuarter.of(effective);
    loader.mue.get(table).replace(mue.kept, quarter == null ? "release unknown" : quarter.name(),
        quarter == null ? DateRange.always() : quarter.dates(), "CMS NCCI MUE (" + CmsLines.name(file) + ")");
  }

  private void readAddOns(Path file) {
    AddOnFile aoc = AddOnFile.read(file, keep);
    Matcher m = QUARTER.matcher(CmsLines.name(file));
    NcciQuarter quarter = m.find()
        ? NcciQuarter.of(LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1))
        : null;
    loader.aoc.replace(aoc.kept, quarter == null ? "release unknown" : quarter.name(),
        quarter == null ? DateRange.always() : quarter.dates(),
        "CMS NCCI add-on code edits (" + CmsLines.name(file) + ")");
  }

  /** The parts of one PTP table (CMS splits it into f1 to f4), gathered before they replace the bundled rows. */
  private static final class PtpFiles {
    final List<PtpEdit> rows = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    LocalDate latest;

    void add(Path file, PtpFile read) {
      rows.addAll(read.kept);
      names.add(CmsLines.name(file));
      if (read.latestEffective != null && (latest == null || read.latestEffective.isAfter(latest))) {
        latest = read.latestEffective;
      }
    }

    void replace(EditRows<PtpEdit> table, String what) {
      if (names.isEmpty()) {
        return;
      }
      NcciQuarter quarter = latest == null ? null : NcciQuarter.of(latest);
      table.replace(rows, quarter == null ? "release unknown" : quarter.name(),
          quarter == null ? DateRange.always() : quarter.dates(), what + " (" + String.join(", ", names) + ")");
    }
  }
}
