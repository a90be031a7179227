package org.spinecode.domain.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.diagnosis.CodeValidity.Kind;

/** ICD-10-CM validity by the release in effect on the date of service. */
class Icd10cmReleasesTest {
  /** FY2024 as the CDC publishes it (a few lines): M51.36 is billable, FY2025 split it. */
  private static final Icd10cmRelease FY2024 = Icd10cmRelease.builder().fiscalYear(2024).source("fy2024")
      .putCodes("M54.1", ReleaseCode.of(false, "Radiculopathy"))
      .putCodes("M54.16", ReleaseCode.of(true, "Radiculopathy, lumbar region"))
      .putCodes("M51.36", ReleaseCode.of(true, "Other intervertebral disc degeneration, lumbar region"))
      .build();
  private static final Icd10cmRelease FY2025 = Icd10cmRelease.builder().fiscalYear(2025).source("fy2025")
      .putCodes("M54.16", ReleaseCode.of(true, "Radiculopathy, lumbar region"))
      .putCodes("M51.36", ReleaseCode.of(false, "Other intervertebral disc degeneration, lumbar region"))
      .putCodes("M51.360", ReleaseCode.of(true, "Other intervertebral disc degeneration, lumbar region with"
          + " discogenic back pain only"))
      .build();

  @Test
  void a_category_is_a_header_and_never_billable() {
    CodeValidity validity = Icd10cmReleases.of(List.of(FY2024)).validity("M54.1", LocalDate.of(2024, 5, 1));

    assertThat(validity.kind()).isEqualTo(Kind.HEADER);
    assertThat(validity.notBillable()).isTrue();
    assertThat(validity.release()).contains("FY2024");
    assertThat(validity.words()).contains("M54.1", "FY2024", "needs more characters");
  }

  @Test
  void lower_case_and_dotless_input_is_the_same_code() {
    Icd10cmReleases releases = Icd10cmReleases.of(List.of(FY2024));

    CodeValidity validity = releases.validity("m5416", LocalDate.of(2024, 5, 1));

    assertThat(validity.code()).isEqualTo("M54.16");
    assertThat(validity.kind()).isEqualTo(Kind.BILLABLE);
    assertThat(validity.description()).contains("Radiculopathy, lumbar region");
  }

  @Test
  void a_code_of_another_year_is_not_in_the_release_in_effect() {
    Icd10cmReleases both = Icd10cmReleases.of(List.of(FY2025, FY2024));

    assertThat(both.validity("M51.360", LocalDate.of(2024, 9, 30)).kind()).isEqualTo(Kind.NOT_IN_RELEASE);
    assertThat(both.validity("M51.360", LocalDate.of(2024, 10, 1)).kind()).isEqualTo(Kind.BILLABLE);
    assertThat(both.validity("M51.36", LocalDate.of(2024, 9, 30)).kind()).isEqualTo(Kind.BILLABLE);
    assertThat(both.validity("M51.36", LocalDate.of(2024, 10, 1)).kind()).isEqualTo(Kind.HEADER);
  }

  @Test
  void the_fiscal_year_turns_on_the_first_of_october_and_no_other_year_answers_for_it() {
    Icd10cmReleases fy2024Only = Icd10cmReleases.of(List.of(FY2024));

    assertThat(Icd10cmReleases.fiscalYearOf(LocalDate.of(2023, 9, 30))).isEqualTo(2023);
    assertThat(Icd10cmReleases.fiscalYearOf(LocalDate.of(2023, 10, 1))).isEqualTo(2024);
    assertThat(fy2024Only.validity("M54.16", LocalDate.of(2023, 9, 30)).kind()).isEqualTo(Kind.NOT_VALIDATED);
    assertThat(fy2024Only.validity("M54.16", LocalDate.of(2023, 10, 1)).kind()).isEqualTo(Kind.BILLABLE);
    assertThat(fy2024Only.validity("M54.16", LocalDate.of(2024, 10, 1)).kind()).isEqualTo(Kind.NOT_VALIDATED);
    assertThat(fy2024Only.validity("M54.1", LocalDate.of(2024, 10, 1)).notBillable()).isFalse();
  }

  @Test
  void an_april_release_governs_from_the_first_of_april_and_only_then() {
    Icd10cmRelease april = Icd10cmRelease.builder().fiscalYear(2024).april(true).source("april")
        .putCodes("M54.16", ReleaseCode.of(true, "Radiculopathy, lumbar region"))
        .putCodes("M54.1", ReleaseCode.of(false, "Radiculopathy"))
        .build();

    Icd10cmReleases both = Icd10cmReleases.of(List.of(april, FY2024));
    Icd10cmReleases aprilOnly = Icd10cmReleases.of(List.of(april));

    assertThat(april.firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(both.inEffectOn(LocalDate.of(2024, 3, 31))).contains(FY2024);
    assertThat(both.inEffectOn(LocalDate.of(2024, 4, 1))).contains(april);
    assertThat(both.validity("M51.36", LocalDate.of(2024, 4, 1)).kind()).isEqualTo(Kind.NOT_IN_RELEASE);
    assertThat(both.validity("M51.36", LocalDate.of(2024, 4, 1)).release()).contains("FY2024-April");
    assertThat(aprilOnly.validity("M54.16", LocalDate.of(2024, 3, 31)).kind()).isEqualTo(Kind.NOT_VALIDATED);
    assertThat(both.releases()).containsExactly(FY2024, april);
  }

  @Test
  void an_extract_judges_only_its_ranges() {
    Icd10cmRelease extract = Icd10cmRelease.builder().fiscalYear(2024).putAllCodes(FY2024.codes()).source("extract")
        .addExtractRanges(CodeRange.parse("M40-M54"), CodeRange.parse("B02.2")).build();
    Icd10cmReleases releases = Icd10cmReleases.of(List.of(extract));
    LocalDate date = LocalDate.of(2024, 1, 15);

    assertThat(releases.validity("M54.16", date).kind()).isEqualTo(Kind.BILLABLE);
    assertThat(releases.validity("M54.99", date).kind()).isEqualTo(Kind.NOT_IN_RELEASE);
    assertThat(releases.validity("B02.23", date).kind()).isEqualTo(Kind.NOT_IN_RELEASE);
    assertThat(releases.validity("E11.9", date).kind()).isEqualTo(Kind.NOT_VALIDATED);
    assertThat(releases.validity("E11.9", date).notBillable()).isFalse();
    assertThat(releases.validity("B02.9", date).kind()).isEqualTo(Kind.NOT_VALIDATED);
    assertThat(releases.version()).isEqualTo("FY2024(extract)");
  }

  @Test
  void two_tables_for_one_release_are_refused() {
    assertThatThrownBy(() -> Icd10cmReleases.of(List.of(FY2024, FY2024)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("two ICD-10-CM tables for FY2024");
  }

  @Test
  void text_that_is_not_a_diagnosis_code_is_refused_without_echoing_much_of_it() {
    assertThatThrownBy(() -> DiagnosisCodes.normalise("M5.416")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DiagnosisCodes.normalise("64483")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DiagnosisCodes.normalise("M54.16-and-a-long-tail"))
        .hasMessageNotContaining("long-tail");
    assertThat(DiagnosisCodes.normalise(" s32.009a ")).isEqualTo("S32.009A");
    assertThat(DiagnosisCodes.normalise("G55")).isEqualTo("G55");
  }

  @Test
  void a_range_holds_its_ends_and_everything_beneath_them() {
    CodeRange categories = CodeRange.parse("M40-M54");
    CodeRange codes = CodeRange.parse("M48.061 - M48.062");

    assertThat(categories.contains("M40.00")).isTrue();
    assertThat(categories.contains("M54.9")).isTrue();
    assertThat(categories.contains("M55")).isFalse();
    assertThat(categories.contains("M39.9")).isFalse();
    assertThat(codes.contains("M48.061")).isTrue();
    assertThat(codes.contains("m48062")).isTrue();
    assertThat(codes.contains("M48.06")).isFalse();
    assertThat(codes.contains("M48.07")).isFalse();
    assertThat(codes.toString()).isEqualTo("M48.061-M48.062");
    assertThatThrownBy(() -> CodeRange.parse("M54-M40")).isInstanceOf(InvalidInputException.class);
  }
}
