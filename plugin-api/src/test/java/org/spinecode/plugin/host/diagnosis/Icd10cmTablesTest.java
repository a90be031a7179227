package org.spinecode.plugin.host.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.diagnosis.CodeValidity.Kind;
import org.spinecode.domain.diagnosis.Icd10cmRelease;
import org.spinecode.domain.diagnosis.Icd10cmReleases;
import org.spinecode.plugin.data.DataLoadException;

/** The ICD-10-CM tables: the bundled FY2024 spine extract and CDC order files in their fixed-width layout. */
class Icd10cmTablesTest {
  /**
   * Lines of the FY2025 order file as the CDC lays them out (order 1-5, code 7-13, flag 15, short
   * description 17-76, long description from 78); FY2025 made M51.36 a header.
   */
  private static final String FY2025_LINES = String.join("\n",
      line(19610, "M5136", false, "Other intervertebral disc degeneration, lumbar region",
          "Other intervertebral disc degeneration, lumbar region"),
      line(19611, "M51360", true, "Oth intvrt disc degen, lumbar rgn w discogenic back pain only",
          "Other intervertebral disc degeneration, lumbar region with discogenic back pain only"),
      line(19700, "M541", false, "Radiculopathy", "Radiculopathy"),
      line(19708, "M5416", true, "Radiculopathy, lumbar region", "Radiculopathy, lumbar region")) + "\n";

  @TempDir
  Path folder;

  static String line(int order, String code, boolean valid, String shortText, String longText) {
    return String.format("%05d %-7s %s %-60s %s", order, code, valid ? "1" : "0", shortText, longText);
  }

  @Test
  void the_bundled_extract_is_fy2024_with_its_ranges_and_provenance() {
    Icd10cmRelease extract = Icd10cmTables.bundledExtract();

    assertThat(extract.name()).isEqualTo("FY2024");
    assertThat(extract.label()).isEqualTo("FY2024(extract)");
    assertThat(extract.codes()).hasSize(691);
    assertThat(extract.codes().values().stream().filter(c -> c.billable()).count()).isEqualTo(575);
    assertThat(extract.extractRanges()).hasSize(6);
    assertThat(extract.source()).contains("icd10cm-fy2024-spine.csv");
    assertThat(Icd10cmTables.tables(Icd10cmTables.bundled())).singleElement()
        .satisfies(t -> assertThat(t.version()).isEqualTo("FY2024(extract)"));
  }

  @Test
  void the_bundled_extract_judges_categories_other_years_and_codes_outside_its_ranges() {
    Icd10cmReleases bundled = Icd10cmTables.bundled();
    LocalDate dos = LocalDate.of(2024, 3, 1);

    assertThat(bundled.validity("M54.1", dos).kind()).isEqualTo(Kind.HEADER);
    assertThat(bundled.validity("M54.5", dos).kind()).isEqualTo(Kind.HEADER);
    assertThat(bundled.validity("m5416", dos).kind()).isEqualTo(Kind.BILLABLE);
    assertThat(bundled.validity("M51.360", dos).kind()).isEqualTo(Kind.NOT_IN_RELEASE);
    assertThat(bundled.validity("E11.9", dos).kind()).isEqualTo(Kind.NOT_VALIDATED);
    assertThat(bundled.validity("M54.16", LocalDate.of(2023, 9, 30)).kind()).isEqualTo(Kind.NOT_VALIDATED);
    assertThat(bundled.validity("M54.16", LocalDate.of(2023, 10, 1)).kind()).isEqualTo(Kind.BILLABLE);
    assertThat(bundled.validity("M54.16", LocalDate.of(2024, 10, 1)).kind()).isEqualTo(Kind.NOT_VALIDATED);
  }

  @Test
  void reads_an_order_file_of_any_fiscal_year_in_the_cdc_fixed_width_layout() throws IOException {
    Path file = write("icd10cm_order_2025.txt", FY2025_LINES);

    Icd10cmRelease fy2025 = Icd10cmTables.orderFile(file);

    assertThat(fy2025.name()).isEqualTo("FY2025");
    assertThat(fy2025.isExtract()).isFalse();
    assertThat(fy2025.code("M51.36").orElseThrow().billable()).isFalse();
    assertThat(fy2025.code("M51.360").orElseThrow().description())
        .isEqualTo("Other intervertebral disc degeneration, lumbar region with discogenic back pain only");
    assertThat(fy2025.firstDay()).isEqualTo(LocalDate.of(2024, 10, 1));
  }

  @Test
  void the_cdc_names_of_april_releases_are_read_as_april_releases() {
    assertThat(Icd10cmTables.isOrderFile(Path.of("icd10cm-order-April-2024.txt"))).isTrue();
    assertThat(OrderFile.name("icd10cm-order-April-2024.txt").orElseThrow().april).isTrue();
    assertThat(OrderFile.name("icd10cm_order_2024_april.txt").orElseThrow().april).isTrue();
    assertThat(OrderFile.name("icd10cm-order-2024.txt").orElseThrow().april).isFalse();
    assertThat(OrderFile.name("icd10cm-order-2024.txt").orElseThrow().fiscalYear).isEqualTo(2024);
    assertThat(Icd10cmTables.isOrderFile(Path.of("icd10cm-codes-2024.txt"))).isFalse();
  }

  @Test
  void a_folder_adds_its_order_files_to_the_bundled_extract() throws IOException {
    write("icd10cm-order-2025.txt", FY2025_LINES);
    write("notes.txt", "not an order file");

    Icd10cmReleases releases = Icd10cmTables.load(folder);

    assertThat(releases.version()).isEqualTo("FY2024(extract), FY2025");
    assertThat(releases.validity("M51.36", LocalDate.of(2024, 9, 30)).kind()).isEqualTo(Kind.BILLABLE);
    assertThat(releases.validity("M51.36", LocalDate.of(2024, 10, 1)).kind()).isEqualTo(Kind.HEADER);
    assertThat(releases.validity("E11.9", LocalDate.of(2024, 10, 1)).kind()).isEqualTo(Kind.NOT_IN_RELEASE);
  }

  @Test
  void an_order_file_of_the_extracts_release_replaces_the_extract() throws IOException {
    write("icd10cm-order-2024.txt", line(19688, "M5416", true, "Radiculopathy, lumbar region",
        "Radiculopathy, lumbar region") + "\n");

    Icd10cmReleases releases = Icd10cmTables.load(folder);

    assertThat(releases.version()).isEqualTo("FY2024");
    assertThat(releases.validity("E11.9", LocalDate.of(2024, 3, 1)).kind()).isEqualTo(Kind.NOT_IN_RELEASE);
  }

  @Test
  void a_line_out_of_the_layout_is_refused_with_the_file_and_line() throws IOException {
    Path shifted = write("icd10cm_order_2025.txt", FY2025_LINES + "19612  M5137   1 Other\n");
    Path badFlag = write("icd10cm_order_2026.txt", line(1, "A000", true, "Cholera", "Cholera").replace(" 1 ", " 2 "));

    assertThatThrownBy(() -> Icd10cmTables.orderFile(shifted)).isInstanceOf(DataLoadException.class)
        .hasMessageStartingWith("icd10cm_order_2025.txt:5: column 15 must be 1");
    assertThatThrownBy(() -> Icd10cmTables.load(folder)).hasMessageStartingWith("icd10cm_order_2025.txt:5:");
    Path words = write("icd10cm-order-2023.txt", "M5416 Radiculopathy, lumbar region\n");
    assertThatThrownBy(() -> Icd10cmTables.orderFile(words))
        .hasMessageStartingWith("icd10cm-order-2023.txt:1: not an order-file line");
    assertThatThrownBy(() -> Icd10cmTables.orderFile(badFlag))
        .hasMessage("icd10cm_order_2026.txt:1: column 15 must be 1 (billable) or 0 (header)");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.ISO_8859_1);
  }
}
