package org.spinecode.plugin.host.diagnosis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spinecode.domain.diagnosis.CoverageArticles;
import org.spinecode.plugin.data.DataTable;
import org.spinecode.plugin.data.DataLoadException;

/**
 * CMS's Medicare Coverage Database article export, read as CMS publishes it: the download
 * {@code current_article.zip} (holding {@code current_article_csv.zip}), that inner zip, or a folder
 * of its CSV files (Latin-1, quoted, a header row). Coverage needs {@code article.csv},
 * {@code article_x_hcpc_code.csv}, {@code article_x_icd10_covered_group.csv},
 * {@code article_x_icd10_covered.csv} and {@code article_x_icd10_noncovered.csv}; the other files
 * are not read. Dates may be MM/DD/YYYY or ISO; flags {@code true}/{@code false} or {@code Y}/{@code N}.
 *
 * <p>The layout was checked against public code that loads the real export (the column lists
 * generated from its CSV headers in a staging schema, and two independent loaders): columns as
 * named above and in the shared data README; {@code article_id} is the bare number (shown here as
 * {@code A58745}); group paragraphs are HTML, sometimes encoded twice; the {@code range} column of
 * the code files is reported as a position flag (B, M, E) by two loaders and as a yes/no flag by
 * the README, and both are read. See docs/CODING-RULES.md, "Diagnoses".
 */
public final class ArticleExport {
  private final CoverageArticles articles;
  private final List<FileRows> files;
  private final String source;

  private ArticleExport(CoverageArticles articles, List<FileRows> files, String source) {
    this.articles = articles;
    this.files = List.copyOf(files);
    this.source = source;
  }

  /**
   * Reads the export, keeping the rows of the articles the filter keeps.
   *
   * @param source the zip CMS publishes, its inner zip, or a folder of the CSVs (or holding the zip)
   * @throws DataLoadException naming the file (and line) that is missing, not in CMS's layout, or does not parse
   */
  public static ArticleExport read(Path source, ArticleFilter filter) {
    try (ExportFiles files = ExportFiles.open(source)) {
      ExportReader reader = new ExportReader(files, filter);
      String description = "CMS Medicare Coverage Database article export (" + files.description() + ")";
      CoverageArticles articles = reader.read(description);
      return new ArticleExport(articles, reader.counts(), description);
    }
  }

  /**
   * The data folder itself when it holds an export ({@code current_article.zip},
   * {@code current_article_csv.zip} or the unpacked {@code article_x_icd10_covered.csv}), for {@link #read};
   * empty when it holds none.
   */
  public static Optional<Path> locate(Path dataFolder) {
    if (!Files.isDirectory(dataFolder)) {
      return Optional.empty();
    }
    try (Stream<Path> list = Files.list(dataFolder)) {
      boolean holds = list.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
          .anyMatch(name -> name.equals(ExportReader.COVERED) || ExportFiles.ZIPS.contains(name));
      return holds ? Optional.of(dataFolder) : Optional.empty();
    } catch (IOException e) {
      throw new DataLoadException(dataFolder.toString(), 0, "cannot list the data folder");
    }
  }

  public CoverageArticles articles() {
    return articles;
  }

  /** Rows read and kept per file, in the order read. */
  public List<FileRows> files() {
    return files;
  }

  public String source() {
    return source;
  }

  /**
   * The listing entry: {@code mcd-articles}, its source with the rows kept per file, the export's
   * date, and the article versions loaded.
   */
  public DataTable table() {
    String rows = files.stream().map(FileRows::toString).collect(Collectors.joining(", "));
    return DataTable.of("mcd-articles", source + ": " + articles.articles().size() + " articles; " + rows,
        articles.version(), articles.versionCount());
  }
}
