package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecode.domain.fixture.Encounters.block;
import static org.spinecode.domain.fixture.Encounters.encounter;
import static org.spinecode.domain.fixture.Encounters.lines;
import static org.spinecode.domain.fixture.Encounters.medicare;
import static org.spinecode.domain.fixture.Encounters.notes;
import static org.spinecode.domain.fixture.Encounters.warnings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.fixture.Catalogue;
import org.spinecode.domain.spine.Region;

/**
 * Each policy check of the plan, through the engine over the synthetic catalogue: what a rule of
 * its kind does to the lines (an expected-denial line, a modifier) and the finding it raises, and
 * that a rule outside its window or for another payer does nothing.
 */
class PolicyChecksTest {
  private static final CodingEngine ENGINE = Catalogue.engine();

  @Test
  void a_level_limit_puts_the_excess_levels_on_their_own_denial_line_and_never_marks_the_primary() {
    CodingResult result = ENGINE.code(medicare()
        .addProcedures(block(Purpose.THERAPEUTIC, "L3-L4:B", "L4-L5:B", "L5-S1:B")).build());

    assertThat(lines(result)).isEqualTo("T0101-50 x1, T0102-50 x1, T0103-50-GZ x1");
    assertThat(warnings(result)).containsExactly(RuleIds.LEVEL_LIMIT_EXCEEDED);
  }

  @Test
  void with_a_signed_abn_the_denial_line_takes_ga_and_a_diagnostic_line_keeps_kx_only_where_covered() {
    CodingResult result = ENGINE.code(medicare().abnOnFile(true)
        .addProcedures(block(Purpose.DIAGNOSTIC, "L3-L4:R", "L4-L5:R", "L5-S1:R")).build());

    assertThat(lines(result)).isEqualTo("T0101-RT-KX x1, T0102-RT-KX x1, T0103-RT-GA x1");
  }

  @Test
  void a_payer_whose_conventions_have_no_abn_modifiers_gets_the_warning_without_modifiers() {
    CodingResult result = ENGINE.code(encounter(Payer.COMMERCIAL, Catalogue.DATE)
        .addProcedures(block(Purpose.DIAGNOSTIC, "L3-L4:R", "L4-L5:R", "L5-S1:R")).build());

    assertThat(lines(result)).as("the fixture's rules are the MEDICARE payer's").isEqualTo("T0101-RT x1, T0102-RT x1, T0103-RT x1");
    assertThat(warnings(result)).isEmpty();
  }

  @Test
  void before_the_rules_take_effect_nothing_is_limited_and_a_note_says_so() {
    CodingResult result = ENGINE.code(encounter(Payer.MEDICARE, LocalDate.of(2020, 6, 1))
        .addProcedures(block(Purpose.DIAGNOSTIC, "L3-L4:R", "L4-L5:R", "L5-S1:R")).build());

    assertThat(lines(result)).isEqualTo("T0101-RT x1, T0102-RT x1, T0103-RT x1");
    assertThat(warnings(result)).isEmpty();
    assertThat(notes(result)).contains("MEDICARE_POLICY_NOT_MODELLED");
    assertThat(result.findings()).filteredOn(f -> f.rule().equals("MEDICARE_POLICY_NOT_MODELLED")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Medicare policies for T0101, T0102, T0103 are modelled from 2021-01-01"));
  }

  @Test
  void a_region_limit_denies_the_lines_of_every_region_after_the_first_in_input_order() {
    CodingResult result = ENGINE.code(medicare()
        .addProcedures(block(Purpose.THERAPEUTIC, "C5-C6:R"), block(Purpose.THERAPEUTIC, "L4-L5:R")).build());

    assertThat(lines(result)).as("claim order follows the catalogue").isEqualTo("T0101-RT-GZ x1, T0201-RT x1");
    assertThat(warnings(result)).containsExactly(RuleIds.REGION_LIMIT_EXCEEDED);
  }

  @Test
  void a_frequency_limit_counts_prior_sessions_of_the_same_purpose_in_the_last_twelve_months() {
    CodingResult fifth = ENGINE.code(medicare().addAllHistory(history(Purpose.DIAGNOSTIC, 4))
        .addProcedures(block(Purpose.DIAGNOSTIC, "L4-L5:R")).build());
    CodingResult otherPurpose = ENGINE.code(medicare().addAllHistory(history(Purpose.THERAPEUTIC, 4))
        .addProcedures(block(Purpose.DIAGNOSTIC, "L4-L5:R")).build());

    assertThat(lines(fifth)).isEqualTo("T0101-RT-GZ x1");
    assertThat(warnings(fifth)).containsExactly(RuleIds.FREQUENCY_LIMIT_EXCEEDED);
    assertThat(lines(otherPurpose)).isEqualTo("T0101-RT-KX x1");
    assertThat(warnings(otherPurpose)).isEmpty();
  }

  @Test
  void prior_authorization_warns_in_its_setting_without_a_number_and_leaves_the_lines() {
    CodingResult outpatient = ENGINE.code(medicare().setting(Setting.HOSPITAL_OUTPATIENT)
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());
    CodingResult numbered = ENGINE.code(medicare().setting(Setting.HOSPITAL_OUTPATIENT).priorAuthorizationNumber("UTN1")
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());
    CodingResult office = ENGINE.code(medicare().addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());

    assertThat(warnings(outpatient)).containsExactly(RuleIds.PRIOR_AUTHORIZATION_REQUIRED);
    assertThat(lines(outpatient)).isEqualTo("T0101-RT x1");
    assertThat(warnings(numbered)).isEmpty();
    assertThat(warnings(office)).isEmpty();
  }

  @Test
  void a_date_of_service_after_the_clock_s_today_gets_a_note_and_is_coded() {
    CodingResult ahead = ENGINE.code(encounter(Payer.MEDICARE, Catalogue.TODAY.plusDays(1))
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());
    CodingResult today = ENGINE.code(encounter(Payer.MEDICARE, Catalogue.TODAY)
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());

    assertThat(notes(ahead)).contains(ServiceDateNote.RULE);
    assertThat(lines(ahead)).isEqualTo("T0101-RT x1");
    assertThat(notes(today)).doesNotContain(ServiceDateNote.RULE);
  }

  @Test
  void a_date_after_today_gets_its_note_after_claims_of_earlier_dates() {
    // The note skips the clock for dates before the day it last read; a later date must still read it.
    CodingResult earlier = ENGINE.code(encounter(Payer.MEDICARE, Catalogue.TODAY.minusDays(30))
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());
    CodingResult ahead = ENGINE.code(encounter(Payer.MEDICARE, Catalogue.TODAY.plusDays(1))
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());

    assertThat(notes(earlier)).doesNotContain(ServiceDateNote.RULE);
    assertThat(notes(ahead)).contains(ServiceDateNote.RULE);
  }

  @Test
  void every_result_names_the_data_version() {
    assertThat(ENGINE.code(medicare().addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build()).dataVersion())
        .isEqualTo("test data");
  }

  private static java.util.List<PriorSession> history(Purpose purpose, int sessions) {
    java.util.List<PriorSession> history = new java.util.ArrayList<>();
    for (int i = 1; i <= sessions; i++) {
      history.add(PriorSession.builder().dateOfService(Catalogue.DATE.minusMonths(i * 2L)).family(Catalogue.BLOCK)
          .region(Region.LUMBAR_SACRAL).purpose(purpose).build());
    }
    return history;
  }
}
