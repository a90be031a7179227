package org.spinecode.plugin.host.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.diagnosis.ArticleVersion;
import org.spinecode.domain.diagnosis.CodeRange;
import org.spinecode.domain.diagnosis.CoverageArticle;
import org.spinecode.domain.diagnosis.CoverageArticles;
import org.spinecode.domain.diagnosis.CoverageJudge;
import org.spinecode.domain.diagnosis.CoverageJudgement;
import org.spinecode.domain.diagnosis.CoverageJudgement.Outcome;
import org.spinecode.domain.diagnosis.CoveredGroup;
import org.spinecode.plugin.data.DataLoadException;

/** The MCD article export loader, over the synthetic export in CMS's layout (test resources, rows made up). */
class ArticleExportTest {
  private static final LocalDate DOS = LocalDate.of(2024, 6, 3);
  private static final List<String> SPINE_CODES = List.of("62321", "62323", "64479", "64480", "64483", "64484",
      "64490", "64491", "64492", "64493", "64494", "64495");

  @TempDir
  Path temp;

  private static Path synthetic() {
    try {
      return Path.of(ArticleExportTest.class.getResource("mcd-synthetic").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CoverageArticles all() {
    return ArticleExport.read(synthetic(), ArticleFilter.all()).articles();
  }

  private static CoverageJudgement judge(String article, LocalDate date, String cpt, String... diagnoses) {
    CoverageArticle loaded = all().article(article).orElseThrow();
    return CoverageJudge.judge(loaded, date, cpt, List.of(diagnoses));
  }

  @Test
  void reads_the_unpacked_csv_folder_and_reports_the_rows_of_each_file() {
    ArticleExport export = ArticleExport.read(synthetic(), ArticleFilter.all());

    assertThat(export.files()).extracting(FileRows::toString).containsExactly(
        "article.csv: 5 of 5 rows", "article_x_hcpc_code.csv: 19 of 19 rows",
        "article_x_icd10_covered_group.csv: 10 of 10 rows", "article_x_icd10_covered.csv: 22 of 22 rows",
        "article_x_icd10_noncovered.csv: 2 of 2 rows");
    assertThat(export.articles().articles()).containsOnlyKeys("A58745", "A58364", "A57826", "A59999");
    assertThat(export.articles().versionCount()).isEqualTo(5);
    assertThat(export.articles().exportDate()).contains(LocalDate.of(2025, 8, 21));
    assertThat(export.table().name()).isEqualTo("mcd-articles");
    assertThat(export.table().version()).isEqualTo("2025-08-21");
    assertThat(export.table().rows()).isEqualTo(5);
  }

  @Test
  void reads_the_zip_cms_publishes_holding_the_zip_of_csvs() throws IOException {
    Path download = temp.resolve("current_article.zip");
    try (OutputStream out = Files.newOutputStream(download); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("current_article_csv.zip"));
      zip.write(innerZip());
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("made up".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }

    ArticleExport fromZip = ArticleExport.read(download, ArticleFilter.all());
    ArticleExport fromFolderHoldingIt = ArticleExport.read(temp, ArticleFilter.all());

    assertThat(fromZip.files()).isEqualTo(ArticleExport.read(synthetic(), ArticleFilter.all()).files());
    assertThat(fromZip.articles().articles()).isEqualTo(all().articles());
    assertThat(fromZip.source()).contains("current_article.zip");
    assertThat(fromFolderHoldingIt.articles().versionCount()).isEqualTo(5);
    assertThat(ArticleExport.locate(temp)).contains(temp);
  }

  private static byte[] innerZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(synthetic())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        zip.putNextEntry(new ZipEntry("current_article_csv/" + file.getFileName()));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void keeps_only_the_articles_and_codes_the_filter_names() {
    ArticleExport spine = ArticleExport.read(synthetic(),
        ArticleFilter.of(List.of("A58745", "58364", "A57826", "A58731"), SPINE_CODES));
    ArticleExport transforaminal = ArticleExport.read(synthetic(), ArticleFilter.of(List.of(), List.of("64483")));

    assertThat(spine.articles().articles()).containsOnlyKeys("A58745", "A58364", "A57826");
    assertThat(spine.files()).extracting(FileRows::toString).containsExactly(
        "article.csv: 4 of 5 rows", "article_x_hcpc_code.csv: 18 of 19 rows",
        "article_x_icd10_covered_group.csv: 9 of 10 rows", "article_x_icd10_covered.csv: 21 of 22 rows",
        "article_x_icd10_noncovered.csv: 2 of 2 rows");
    assertThat(transforaminal.articles().articles()).containsOnlyKeys("A58745");
    assertThat(transforaminal.files()).extracting(FileRows::kept).containsExactly(2, 12, 6, 15, 2);
  }

  @Test
  void reads_groups_scopes_ranges_ties_and_not_covered_lists() {
    ArticleVersion v4 = all().article("A58745").orElseThrow().inEffectOn(DOS).orElseThrow();
    CoveredGroup one = v4.coveredGroups().get(0);

    assertThat(v4.version()).isEqualTo(4);
    assertThat(v4.title()).contains("SYNTHETIC");
    assertThat(v4.cptCodes()).containsExactly("62321", "62323", "64479", "64480", "64483", "64484");
    assertThat(one.cptScope()).containsExactly("64479", "64480", "64483", "64484");
    assertThat(one.codes().ranges()).containsExactly(CodeRange.of("M48.061", "M48.062"));
    assertThat(one.notes()).isEmpty();
    assertThat(v4.coveredGroups().get(1).cptScope()).isEmpty();
    assertThat(v4.coveredGroups().get(2).partners()).containsExactly(4);
    assertThat(v4.coveredGroups().get(3).secondaryOnly()).isTrue();
    assertThat(v4.coveredGroups().get(4).notes()).singleElement().asString().startsWith("Covered only when");
    assertThat(v4.notCovered().contains("M54.59")).isTrue();
    assertThat(all().article("A58364").orElseThrow().versions().get(0).title()).endsWith("caf\u00e9 test)");
    assertThat(all().article("A58364").orElseThrow().versions().get(0).cptCodes()).contains("64494");
  }

  @Test
  void judges_coverage_by_group_and_procedure_code() {
    assertThat(judge("A58745", DOS, "64483", "M79.1", "M54.16").positions()).containsExactly(2);
    assertThat(judge("A58745", DOS, "62321", "M54.16").outcome()).isEqualTo(Outcome.NOT_COVERED);
    assertThat(judge("A58745", DOS, "62321", "M54.12").outcome()).isEqualTo(Outcome.COVERED);
    assertThat(judge("A58745", DOS, "64490", "M54.12").outcome()).isEqualTo(Outcome.CODE_NOT_IN_ARTICLE);
  }

  @Test
  void a_not_covered_code_and_a_code_of_a_not_covered_range_never_satisfy() {
    CoverageJudgement judgement = judge("A58745", DOS, "62321", "M54.50", "M54.59");

    assertThat(judgement.outcome()).isEqualTo(Outcome.NOT_COVERED);
    assertThat(judgement.listedNotCovered()).containsExactly("M54.50", "M54.59");
  }

  @Test
  void a_dual_diagnosis_needs_its_partner() {
    assertThat(judge("A58745", DOS, "62321", "B02.23").outcome()).isEqualTo(Outcome.SECONDARY_DIAGNOSIS_REQUIRED);
    assertThat(judge("A58745", DOS, "62321", "B02.23", "G89.29").positions()).containsExactly(1, 2);
    assertThat(judge("A58364", DOS, "64493", "M47.819").outcome()).isEqualTo(Outcome.SECONDARY_DIAGNOSIS_REQUIRED);
    assertThat(judge("A58364", DOS, "64493", "M47.819", "G89.29").positions()).containsExactly(1, 2);
    assertThat(judge("A58364", DOS, "64493", "M47.816").outcome()).isEqualTo(Outcome.COVERED);
    assertThat(judge("A58364", DOS, "64493", "G89.29").outcome()).isEqualTo(Outcome.NOT_COVERED);
  }

  @Test
  void an_unreadable_paragraph_stays_information_and_never_covers() {
    CoverageJudgement judgement = judge("A58745", DOS, "62321", "M96.1");

    assertThat(judgement.outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(judgement.words()).contains("A58745 version 4", "four weeks of failed conservative care");
    assertThat(judge("A58745", DOS, "64483", "M96.1").outcome()).isEqualTo(Outcome.NOT_COVERED);
  }

  @Test
  void the_version_in_effect_and_a_retired_article_follow_the_date_of_service() {
    assertThat(judge("A58745", LocalDate.of(2023, 9, 30), "62321", "M54.50").outcome()).isEqualTo(Outcome.COVERED);
    assertThat(judge("A58745", LocalDate.of(2023, 10, 1), "62321", "M54.50").outcome())
        .isEqualTo(Outcome.NOT_COVERED);
    assertThat(judge("A57826", LocalDate.of(2022, 6, 1), "64493", "M47.816").outcome()).isEqualTo(Outcome.COVERED);
    assertThat(judge("A57826", DOS, "64493", "M47.816").outcome()).isEqualTo(Outcome.NO_VERSION_IN_EFFECT);
    assertThat(all().article("A58731")).isEmpty();
  }

  @Test
  void a_file_in_the_wrong_layout_is_refused_with_its_name() throws IOException {
    Path copy = copyOfSynthetic();
    replaceInFile(copy.resolve("article_x_icd10_covered.csv"), "\"icd10_covered_group\"", "\"covered_group\"");

    assertThatThrownBy(() -> ArticleExport.read(copy, ArticleFilter.all()))
        .isInstanceOf(DataLoadException.class)
        .hasMessage("article_x_icd10_covered.csv:1: the header is not CMS's article_x_icd10_covered.csv layout:"
            + " no column 'icd10_covered_group'");
  }

  @Test
  void a_row_that_does_not_parse_is_refused_with_its_file_and_line() throws IOException {
    Path copy = copyOfSynthetic();
    // the second data row of article.csv starts on line 4: the first one holds a line break in its quotes
    replaceInFile(copy.resolve("article.csv"), "\"10/01/2023\"", "\"13/01/2023\"");
    Path other = copyOfSynthetic();
    replaceInFile(other.resolve("article_x_icd10_covered.csv"), "\"M54.17\"", "\"M5.417\"");

    assertThatThrownBy(() -> ArticleExport.read(copy, ArticleFilter.all()))
        .hasMessage("article.csv:4: column 'article_eff_date' is not a date (MM/DD/YYYY or YYYY-MM-DD)");
    assertThatThrownBy(() -> ArticleExport.read(other, ArticleFilter.all()))
        .hasMessage("article_x_icd10_covered.csv:7: column 'icd10_code_id' is not an ICD-10-CM code or range")
        .hasMessageNotContaining("Exception").hasMessageNotContaining("java.");
  }

  @Test
  void a_byte_order_mark_before_the_header_is_not_part_of_the_first_column() throws IOException {
    Path copy = copyOfSynthetic();
    Path article = copy.resolve("article.csv");
    byte[] bytes = Files.readAllBytes(article);
    byte[] marked = new byte[bytes.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, marked, 3, bytes.length);
    Files.write(article, marked);

    assertThat(ArticleExport.read(copy, ArticleFilter.all()).articles().versionCount()).isEqualTo(5);
  }

  @Test
  void a_needed_file_that_is_missing_is_named() throws IOException {
    Path copy = copyOfSynthetic();
    Files.delete(copy.resolve("article_x_icd10_noncovered.csv"));

    assertThatThrownBy(() -> ArticleExport.read(copy, ArticleFilter.all()))
        .isInstanceOf(DataLoadException.class).hasMessageStartingWith("article_x_icd10_noncovered.csv: ");
    assertThatThrownBy(() -> ArticleExport.read(temp.resolve("nothing-here.zip"), ArticleFilter.all()))
        .isInstanceOf(DataLoadException.class).hasMessageContaining("nothing-here.zip");
  }

  private Path copyOfSynthetic() throws IOException {
    Path copy = Files.createTempDirectory(temp, "export");
    try (Stream<Path> files = Files.list(synthetic())) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  private static void replaceInFile(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    assertThat(text).contains(from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.ISO_8859_1);
  }
}
