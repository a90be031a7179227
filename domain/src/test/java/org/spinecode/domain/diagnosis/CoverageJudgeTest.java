package org.spinecode.domain.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.diagnosis.CoverageJudgement.Outcome;

/**
 * The billing-article judgement over a hand-made article shaped like an epidural one (made-up
 * groups, not any contractor's list): a group scoped to the transforaminal codes, a group for
 * every code, a dual diagnosis, a not-covered list and a paragraph the reader could not interpret.
 */
class CoverageJudgeTest {
  private static final LocalDate DOS = LocalDate.of(2024, 6, 3);

  private static final CoveredGroup TRANSFORAMINAL = CoveredGroup.builder().number(1)
      .codes(CodeList.builder().addCodes("M54.16", "M54.17").addRanges(CodeRange.parse("M48.061-M48.062")).build())
      .addCptScope("64479", "64483").build();
  private static final CoveredGroup EVERY_CODE = CoveredGroup.builder().number(2)
      .codes(CodeList.builder().addCodes("M54.12", "M50.11", "M50.12", "M50.13", "M54.13", "M54.14", "M54.50")
          .build()).build();
  private static final CoveredGroup HERPETIC = CoveredGroup.builder().number(3)
      .codes(CodeList.builder().addCodes("B02.23").build()).addPartners(4).build();
  private static final CoveredGroup PAIN = CoveredGroup.builder().number(4).secondaryOnly(true)
      .codes(CodeList.builder().addCodes("G89.29", "G89.4").build()).build();
  private static final CoveredGroup UNREADABLE = CoveredGroup.builder().number(5)
      .codes(CodeList.builder().addCodes("M96.1").build())
      .addNotes("Covered only after two failed fluoroscopic attempts documented in the record.").build();

  private static final ArticleVersion V3 = v3Like(3, LocalDate.of(2023, 10, 1), "M54.50", false);
  private static final ArticleVersion V2 = v2(false);
  private static final CoverageArticle ARTICLE = CoverageArticle.builder().articleId("A58745")
      .addVersions(V2, V3).build();

  /** Version 3's groups, with its own number, start and not-covered code. */
  private static ArticleVersion v3Like(int number, LocalDate firstDay, String notCovered, boolean retired) {
    return ArticleVersion.builder().articleId("A58745").version(number).retired(retired)
        .firstDay(firstDay).addCptCodes("62321", "62323", "64479", "64483")
        .addCoveredGroups(TRANSFORAMINAL, EVERY_CODE, HERPETIC, PAIN, UNREADABLE)
        .notCovered(CodeList.builder().addCodes(notCovered).build()).build();
  }

  /** An older version, through 2023-09-30, with one group. */
  private static ArticleVersion v2(boolean retired) {
    return ArticleVersion.builder().articleId("A58745").version(2).retired(retired)
        .firstDay(LocalDate.of(2021, 12, 5)).lastDay(LocalDate.of(2023, 9, 30)).addCptCodes("64483")
        .addCoveredGroups(CoveredGroup.builder().number(1).codes(CodeList.builder().addCodes("M54.9").build()).build())
        .build();
  }

  private static CoverageJudgement judge(String cpt, String... diagnoses) {
    return CoverageJudge.judge(ARTICLE, DOS, cpt, List.of(diagnoses));
  }

  @Test
  void a_group_scoped_to_some_codes_covers_only_those_codes() {
    CoverageJudgement transforaminal = judge("64483", "M79.1", "m5416");
    CoverageJudgement interlaminar = judge("62321", "M79.1", "M54.16");

    assertThat(transforaminal.outcome()).isEqualTo(Outcome.COVERED);
    assertThat(transforaminal.positions()).containsExactly(2);
    assertThat(interlaminar.outcome()).isEqualTo(Outcome.NOT_COVERED);
    assertThat(interlaminar.groupsTried()).containsExactly("group 2", "group 3", "group 5");
    assertThat(interlaminar.words()).contains("A58745 version 3", "62321", "group 2");
  }

  @Test
  void a_range_row_covers_the_codes_in_the_range() {
    assertThat(judge("64483", "M48.062").positions()).containsExactly(1);
    assertThat(judge("64483", "M48.07").outcome()).isEqualTo(Outcome.NOT_COVERED);
  }

  @Test
  void a_group_for_every_code_covers_each_of_the_articles_codes() {
    assertThat(judge("62321", "M54.12").outcome()).isEqualTo(Outcome.COVERED);
    assertThat(judge("64483", "M54.12").outcome()).isEqualTo(Outcome.COVERED);
  }

  @Test
  void a_code_listed_as_not_covered_never_satisfies_even_when_a_group_lists_it() {
    CoverageJudgement judgement = judge("62321", "M54.50");

    assertThat(judgement.outcome()).isEqualTo(Outcome.NOT_COVERED);
    assertThat(judgement.listedNotCovered()).containsExactly("M54.50");
    assertThat(judgement.words()).contains("lists M54.50 as not covered");
  }

  @Test
  void a_dual_diagnosis_is_covered_with_its_partner_and_both_are_pointed_at() {
    CoverageJudgement judgement = judge("62321", "M79.1", "G89.29", "B02.23");

    assertThat(judgement.outcome()).isEqualTo(Outcome.COVERED);
    assertThat(judgement.positions()).containsExactly(2, 3);
  }

  @Test
  void a_dual_diagnosis_without_its_partner_needs_the_secondary_code() {
    CoverageJudgement judgement = judge("62321", "B02.23", "M79.1");

    assertThat(judgement.outcome()).isEqualTo(Outcome.SECONDARY_DIAGNOSIS_REQUIRED);
    assertThat(judgement.needingPartner()).containsExactly("group 3");
    assertThat(judgement.missingPartners()).containsExactly("group 4");
    assertThat(judgement.covered()).isFalse();
  }

  @Test
  void a_secondary_code_alone_covers_nothing() {
    assertThat(judge("62321", "G89.29").outcome()).isEqualTo(Outcome.NOT_COVERED);
  }

  @Test
  void a_not_covered_code_cannot_be_the_partner() {
    ArticleVersion painNotCovered = v3Like(4, LocalDate.of(2024, 1, 1), "G89.29", false);
    CoverageArticle article = CoverageArticle.builder().articleId("A58745").addVersions(V3, painNotCovered).build();

    CoverageJudgement judgement = CoverageJudge.judge(article, DOS, "62321", List.of("B02.23", "G89.29"));

    assertThat(judgement.outcome()).isEqualTo(Outcome.SECONDARY_DIAGNOSIS_REQUIRED);
  }

  @Test
  void a_paragraph_the_reader_could_not_interpret_stays_a_note_and_never_covers() {
    CoverageJudgement alone = judge("62321", "M96.1");
    CoverageJudgement beside = judge("62321", "M96.1", "M54.12");

    assertThat(alone.outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(alone.covered()).isFalse();
    assertThat(alone.notes()).containsExactly("Covered only after two failed fluoroscopic attempts documented in"
        + " the record.");
    assertThat(beside.outcome()).isEqualTo(Outcome.COVERED);
    assertThat(beside.positions()).containsExactly(2);
  }

  @Test
  void a_code_the_article_does_not_list_is_not_judged() {
    assertThat(judge("64490", "M54.12").outcome()).isEqualTo(Outcome.CODE_NOT_IN_ARTICLE);
  }

  @Test
  void pointers_stop_at_four_in_the_encounters_order() {
    CoverageJudgement judgement = judge("62321", "M50.11", "M79.1", "M50.12", "M50.13", "M54.13", "M54.14");

    assertThat(judgement.positions()).containsExactly(1, 3, 4, 5);
  }

  @Test
  void the_version_in_effect_on_the_date_of_service_answers() {
    LocalDate lastDayOfV2 = LocalDate.of(2023, 9, 30);

    assertThat(CoverageJudge.judge(ARTICLE, lastDayOfV2, "64483", List.of("M54.9")).outcome())
        .isEqualTo(Outcome.COVERED);
    assertThat(CoverageJudge.judge(ARTICLE, lastDayOfV2, "64483", List.of("M54.9")).version()).contains(2);
    assertThat(CoverageJudge.judge(ARTICLE, lastDayOfV2.plusDays(1), "64483", List.of("M54.9")).outcome())
        .isEqualTo(Outcome.NOT_COVERED);
    assertThat(CoverageJudge.judge(ARTICLE, LocalDate.of(2021, 12, 4), "64483", List.of("M54.9")).outcome())
        .isEqualTo(Outcome.NO_VERSION_IN_EFFECT);
    assertThat(CoverageJudge.judge(ARTICLE, DOS, "64483", List.of()).outcome()).isEqualTo(Outcome.NO_DIAGNOSES);
  }

  @Test
  void a_retired_version_governs_through_its_end_date_and_without_one_governs_nothing() {
    ArticleVersion ended = v2(true);
    ArticleVersion noEnd = v3Like(3, LocalDate.of(2023, 10, 1), "M54.50", true);

    assertThat(ended.governs(LocalDate.of(2023, 9, 30))).isTrue();
    assertThat(ended.governs(LocalDate.of(2023, 10, 1))).isFalse();
    assertThat(noEnd.governs(DOS)).isFalse();
  }

  @Test
  void a_group_naming_a_group_the_article_lacks_is_refused() {
    assertThatThrownBy(() -> ArticleVersion.builder().articleId("A58745").version(1).firstDay(DOS)
        .addCoveredGroups(CoveredGroup.builder().number(1).codes(CodeList.empty()).addPartners(7).build()).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("names group 7");
  }

  @Test
  void an_article_id_is_shown_with_its_prefix() {
    assertThat(CoverageArticle.id("58745")).isEqualTo("A58745");
    assertThat(CoverageArticle.id("a58745")).isEqualTo("A58745");
    assertThatThrownBy(() -> CoverageArticle.id("L39036")).isInstanceOf(InvalidInputException.class);
  }
}
