package org.spinecode.plugin.host.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.diagnosis.CodeRange;
import org.spinecode.domain.diagnosis.CoverageArticle;
import org.spinecode.domain.diagnosis.CoverageArticles;
import org.spinecode.domain.diagnosis.DiagnosisCodes;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.host.diagnosis.ExportRows.CodeRow;
import org.spinecode.plugin.host.diagnosis.ExportRows.Mark;

/**
 * Reads the files of the export that coverage needs, each once, keeping the rows of the articles
 * the filter keeps: the CPT/HCPCS rows first (an article is kept when it lists a code the filter
 * names), then the articles, the covered groups' paragraphs, the covered and the not-covered
 * codes. Columns are found by CMS's names; a needed file that is missing, or whose header lacks a
 * column read here, is an error naming the file.
 */
final class ExportReader {
  static final String ARTICLE = "article.csv";
  static final String HCPC = "article_x_hcpc_code.csv";
  static final String COVERED_GROUP = "article_x_icd10_covered_group.csv";
  static final String COVERED = "article_x_icd10_covered.csv";
  static final String NOT_COVERED = "article_x_icd10_noncovered.csv";
  static final List<String> NEEDED = List.of(ARTICLE, HCPC, COVERED_GROUP, COVERED, NOT_COVERED);

  private static final Pattern PROCEDURE = Pattern.compile("[0-9A-Z]{5}");
  private static final String ID = "article_id";
  private static final String VERSION = "article_version";

  private final ExportFiles files;
  private final ArticleFilter filter;
  private final Map<String, Set<String>> listedCodes = new HashMap<>();
  private final Map<String, Integer> hcpcRows = new HashMap<>();
  private final Map<String, ExportRows> versions = new LinkedHashMap<>();
  private final List<FileRows> counts = new ArrayList<>();
  private LocalDate latestChange;

  ExportReader(ExportFiles files, ArticleFilter filter) {
    this.files = files;
    this.filter = filter;
  }

  List<FileRows> counts() {
    return counts;
  }

  CoverageArticles read(String source) {
    for (String file : NEEDED) {
      if (!files.has(file)) {
        throw new DataLoadException(file, 0, "the coverage export (" + files.description() + ") has no " + file
            + "; needed: " + String.join(", ", NEEDED));
      }
    }
    FileRows hcpc = each(HCPC, row -> {
      String key = key(row, filter::keepsArticle);
      if (key != null) {
        listedCodes.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(procedureCodes(row));
        hcpcRows.merge(key, 1, Integer::sum);
      }
      return false;
    }, "hcpc_code_id", "hcpc_code_group", "range");
    counts.add(each(ARTICLE, this::article, "title", "status", "article_eff_date", "article_end_date", "last_updated"));
    int hcpcKept = versions.keySet().stream().mapToInt(k -> hcpcRows.getOrDefault(k, 0)).sum();
    counts.add(FileRows.of(HCPC, hcpc.read(), hcpcKept));
    versions.forEach((key, rows) -> rows.cptCodes.addAll(listedCodes.getOrDefault(key, Set.of())));
    counts.add(each(COVERED_GROUP, this::coveredGroup, "icd10_covered_group", "paragraph"));
    counts.add(each(COVERED, row -> code(row, "icd10_covered_group", true), "icd10_code_id", "icd10_covered_group",
        "range"));
    counts.add(each(NOT_COVERED, row -> code(row, "icd10_noncovered_group", false), "icd10_code_id",
        "icd10_noncovered_group", "range"));
    CoverageArticles.Builder articles = CoverageArticles.builder().source(source)
        .exportDate(Optional.ofNullable(latestChange));
    Map<String, CoverageArticle.Builder> byId = new LinkedHashMap<>();
    for (ExportRows rows : versions.values()) {
      try {
        byId.computeIfAbsent(rows.articleId, id -> CoverageArticle.builder().articleId(id))
            .addVersions(VersionAssembly.version(rows));
      } catch (InvalidInputException e) {
        throw new DataLoadException(ARTICLE, rows.line, e.reason());
      }
    }
    byId.forEach((id, article) -> articles.putArticles(id, article.build()));
    return articles.build();
  }

  private boolean article(CsvRecord row) {
    Optional<LocalDate> changed = row.dateIfAny("last_updated");
    if (changed.isPresent() && (latestChange == null || changed.get().isAfter(latestChange))) {
      latestChange = changed.get();
    }
    String key = key(row, id -> filter.keepsArticle(id)
        && filter.keepsCodes(listedCodes.getOrDefault(ExportRows.key(id, row.number(VERSION)), Set.of())));
    if (key == null) {
      return false;
    }
    if (versions.containsKey(key)) {
      throw row.fail("article " + key.replace("|", " version ") + " is listed twice");
    }
    boolean retired = row.text("status").equalsIgnoreCase("R");
    LocalDate firstDay = row.date("article_eff_date")
        .orElseThrow(() -> row.fail("column 'article_eff_date' is empty"));
    Optional<LocalDate> lastDay = row.date("article_end_date");
    if (lastDay.isEmpty() && retired && row.has("date_retired")) {
      lastDay = row.date("date_retired");
    }
    String id = key.substring(0, key.indexOf('|'));
    versions.put(key, new ExportRows(id, row.number(VERSION), row.line, row.text("title"), retired, firstDay, lastDay));
    return true;
  }

  private boolean coveredGroup(CsvRecord row) {
    ExportRows rows = kept(row);
    if (rows == null) {
      return false;
    }
    int group = row.number("icd10_covered_group");
    rows.paragraphs.put(group, row.text("paragraph"));
    if (row.has("icd10_covered_ast")) {
      rows.asteriskTexts.put(group, row.text("icd10_covered_ast"));
    }
    return true;
  }

  private boolean code(CsvRecord row, String groupColumn, boolean covered) {
    ExportRows rows = kept(row);
    if (rows == null) {
      return false;
    }
    int group = row.number(groupColumn);
    Mark mark = mark(row);
    String text = row.required("icd10_code_id");
    try {
      String code = mark == Mark.RANGE && text.contains("-") ? CodeRange.parse(text).toString()
          : DiagnosisCodes.normalise(text);
      boolean asterisk = covered && row.has("asterisk") && row.flag("asterisk").orElse(false);
      CodeRow codeRow = new CodeRow(code, mark, asterisk, sortOrder(row), row.line);
      if (covered) {
        rows.covered.computeIfAbsent(group, g -> new ArrayList<>()).add(codeRow);
      } else {
        rows.notCovered.add(codeRow);
      }
    } catch (InvalidInputException e) {
      throw row.fail("column 'icd10_code_id' is not an ICD-10-CM code or range");
    }
    return true;
  }

  /** The kept version a row belongs to, or null. */
  private ExportRows kept(CsvRecord row) {
    String key = key(row, id -> true);
    return key == null ? null : versions.get(key);
  }

  /** The row's article and version as a key, or null when the article is not wanted. */
  private static String key(CsvRecord row, Predicate<String> wanted) {
    String id;
    try {
      id = CoverageArticle.id(row.required(ID));
    } catch (InvalidInputException e) {
      throw row.fail("column 'article_id' is not an article id");
    }
    return wanted.test(id) ? ExportRows.key(id, row.number(VERSION)) : null;
  }

  private static Set<String> procedureCodes(CsvRecord row) {
    String text = row.required("hcpc_code_id").toUpperCase(Locale.ROOT);
    Mark mark = mark(row);
    Set<String> codes = new LinkedHashSet<>();
    String[] ends = mark == Mark.RANGE && text.contains("-") ? text.split("-", 2) : new String[] {text};
    for (String end : ends) {
      if (!PROCEDURE.matcher(end.trim()).matches()) {
        throw row.fail("column 'hcpc_code_id' is not a CPT/HCPCS code");
      }
      codes.add(end.trim());
    }
    if (ends.length == 2 && codes.stream().allMatch(c -> c.chars().allMatch(Character::isDigit))) {
      int first = Integer.parseInt(ends[0].trim());
      int last = Integer.parseInt(ends[1].trim());
      for (int c = first + 1; c < last && c - first <= 100; c++) {
        codes.add(String.format("%05d", c));
      }
    }
    return codes;
  }

  private static Mark mark(CsvRecord row) {
    return switch (row.text("range").toLowerCase(Locale.ROOT)) {
      case "", "false", "f", "n", "no", "0" -> Mark.NONE;
      case "true", "t", "y", "yes", "1" -> Mark.RANGE;
      case "b" -> Mark.BEGIN;
      case "m" -> Mark.MIDDLE;
      case "e" -> Mark.END;
      default -> throw row.fail("column 'range' must be true/false, Y/N or B/M/E");
    };
  }

  private static int sortOrder(CsvRecord row) {
    if (!row.has("sort_order")) {
      return row.line;
    }
    try {
      return Integer.parseInt(row.text("sort_order"));
    } catch (NumberFormatException e) {
      return row.line;
    }
  }

  private interface RowReader {
    /** True when the row is kept. */
    boolean row(CsvRecord row);
  }

  /** Reads every row of the file; the rows read and kept. */
  private FileRows each(String file, RowReader reader, String... columns) {
    try (CsvRecords records = new CsvRecords(file, files.reader(file))) {
      records.require("CMS's " + file + " layout", ID, VERSION);
      records.require("CMS's " + file + " layout", columns);
      int read = 0;
      int kept = 0;
      for (CsvRecord row = records.next(); row != null; row = records.next()) {
        read++;
        if (reader.row(row)) {
          kept++;
        }
      }
      return FileRows.of(file, read, kept);
    }
  }
}
