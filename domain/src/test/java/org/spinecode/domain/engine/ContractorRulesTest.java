package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecode.domain.fixture.Encounters.block;
import static org.spinecode.domain.fixture.Encounters.encounter;
import static org.spinecode.domain.fixture.Encounters.lines;
import static org.spinecode.domain.fixture.Encounters.notes;
import static org.spinecode.domain.fixture.Encounters.warnings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.fixture.Catalogue;

/**
 * Medicare by contractor (CONTRACT.md "Jurisdiction"), over the synthetic catalogue's two made-up
 * contractors: a rule from a contractor's document set holds from that contractor's own LCD date
 * and cites its documents; without a state, the shared rules hold from their own dates and an INFO
 * says no contractor was chosen; a state-based program follows the state.
 */
class ContractorRulesTest {
  private static final CodingEngine ENGINE = Catalogue.engine();
  private static final LocalDate BETWEEN = LocalDate.of(2021, 6, 1);

  @Test
  void a_contractor_s_lcd_applies_from_its_own_date_and_before_it_the_limits_are_not_modelled() {
    CodingResult west = ENGINE.code(threeLevels(UsState.CA, BETWEEN));
    CodingResult east = ENGINE.code(threeLevels(UsState.OH, BETWEEN));
    CodingResult eastLater = ENGINE.code(threeLevels(UsState.OH, LocalDate.of(2022, 1, 1)));

    assertThat(warnings(west)).containsExactly(RuleIds.LEVEL_LIMIT_EXCEEDED);
    assertThat(lines(east)).as("J15's LCD starts 2022-01-01").isEqualTo("T0101-RT x1, T0102-RT x1, T0103-RT x1");
    assertThat(warnings(east)).isEmpty();
    assertThat(east.findings()).filteredOn(f -> f.rule().equals("MEDICARE_POLICY_NOT_MODELLED")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("East Test Contractor's (J15) block LCD L90002, modelled from 2022-01-01"));
    assertThat(warnings(eastLater)).containsExactly(RuleIds.LEVEL_LIMIT_EXCEEDED);
  }

  @Test
  void a_finding_cites_the_encounter_s_own_contractor() {
    Finding west = levelFinding(ENGINE.code(threeLevels(UsState.CA, Catalogue.DATE)));
    Finding east = levelFinding(ENGINE.code(threeLevels(UsState.OH, Catalogue.DATE)));
    Finding unknown = levelFinding(ENGINE.code(threeLevels(null, Catalogue.DATE)));

    assertThat(west.source()).startsWith("West Test Contractor (JE) LCD L90001, billing article A90001: test block LCDs");
    assertThat(east.source()).startsWith("East Test Contractor (J15) LCD L90002, billing article A90002");
    assertThat(unknown.source()).isEqualTo("test block LCDs: two levels");
  }

  @Test
  void the_jurisdiction_given_wins_over_the_state_s() {
    CodingResult result = ENGINE.code(encounter(Payer.MEDICARE, BETWEEN).state(UsState.OH)
        .medicareJurisdiction(MedicareJurisdiction.JE)
        .addProcedures(block(Purpose.THERAPEUTIC, "L3-L4:R", "L4-L5:R", "L5-S1:R")).build());

    assertThat(warnings(result)).containsExactly(RuleIds.LEVEL_LIMIT_EXCEEDED);
    assertThat(levelFinding(result).source()).startsWith("West Test Contractor (JE)");
  }

  @Test
  void without_a_state_the_shared_rules_apply_and_an_info_says_no_contractor_was_chosen() {
    CodingResult result = ENGINE.code(threeLevels(null, BETWEEN));
    CodingResult commercial = ENGINE.code(encounter(Payer.COMMERCIAL, BETWEEN)
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R")).build());

    assertThat(warnings(result)).containsExactly(RuleIds.LEVEL_LIMIT_EXCEEDED);
    assertThat(notes(result)).contains(JurisdictionNote.RULE);
    assertThat(notes(commercial)).doesNotContain(JurisdictionNote.RULE);
    assertThat(notes(ENGINE.code(threeLevels(UsState.CA, BETWEEN)))).doesNotContain(JurisdictionNote.RULE);
  }

  @Test
  void a_state_based_program_warns_in_its_states_from_its_date_and_notes_a_number_given() {
    CodingResult ohio = ENGINE.code(oneLevel(UsState.OH, Setting.OFFICE, ClaimType.PROFESSIONAL, null));
    CodingResult texas = ENGINE.code(oneLevel(UsState.CA, Setting.OFFICE, ClaimType.PROFESSIONAL, null));
    CodingResult numbered = ENGINE.code(oneLevel(UsState.OH, Setting.ASC, ClaimType.PROFESSIONAL, "UTN-1"));
    CodingResult asc = ENGINE.code(oneLevel(UsState.OH, Setting.ASC, ClaimType.PROFESSIONAL, null));

    assertThat(warnings(ohio)).containsExactly(RuleIds.PRIOR_AUTHORIZATION_REQUIRED);
    assertThat(ohio.findings()).filteredOn(f -> f.rule().equals(RuleIds.PRIOR_AUTHORIZATION_REQUIRED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("TESTPA model").contains("in OH").contains("pre-payment review"));
    assertThat(warnings(texas)).isEmpty();
    assertThat(warnings(numbered)).isEmpty();
    assertThat(numbered.findings()).filteredOn(f -> f.rule().equals(RuleIds.PRIOR_AUTHORIZATION_REQUIRED))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).contains("ambulatory surgery center's claim");
        });
    assertThat(asc.findings()).filteredOn(f -> f.rule().equals(RuleIds.PRIOR_AUTHORIZATION_REQUIRED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("the ambulatory surgery center requests it"));
  }

  private static org.spinecode.domain.encounter.Encounter threeLevels(UsState state, LocalDate date) {
    var encounter = encounter(Payer.MEDICARE, date)
        .addProcedures(block(Purpose.THERAPEUTIC, "L3-L4:R", "L4-L5:R", "L5-S1:R"));
    if (state != null) {
      encounter.state(state);
    }
    return encounter.build();
  }

  private static org.spinecode.domain.encounter.Encounter oneLevel(UsState state, Setting setting, ClaimType type,
      String number) {
    var encounter = encounter(Payer.MEDICARE, Catalogue.DATE).state(state).setting(setting).claimType(type)
        .addProcedures(block(Purpose.THERAPEUTIC, "L4-L5:R"));
    if (number != null) {
      encounter.priorAuthorizationNumber(number);
    }
    return encounter.build();
  }

  private static Finding levelFinding(CodingResult result) {
    return result.findings().stream().filter(f -> f.rule().equals(RuleIds.LEVEL_LIMIT_EXCEEDED)).findFirst()
        .orElseThrow();
  }
}
