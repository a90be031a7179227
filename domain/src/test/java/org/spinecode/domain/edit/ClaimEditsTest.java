package org.spinecode.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.fixture.Conventions;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;

/** The claim edits, table-driven over small hand-made tables shaped like CMS's rows. */
class ClaimEditsTest {
  private static final LocalDate IN_QUARTER = LocalDate.of(2024, 8, 1);
  private static final EditTable PRAC = EditTable.PRACTITIONER;
  private static final EditTable OPH = EditTable.OUTPATIENT_HOSPITAL;

  private static final EditTables TABLES = EditTables.builder()
      .edition(Edition.of("ncci-ptp-practitioner", "2024Q3", DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1))))
      .mueSource(PRAC, "CMS NCCI MUE, practitioner services (test rows), 2024Q3")
      .addPtp(ptp(PRAC, "62323", "64483", 1, null))
      .addPtp(ptp(OPH, "62323", "64483", 1, null))
      .addPtp(ptp(PRAC, "62322", "64484", 0, null))
      .addPtp(ptp(OPH, "62322", "64484", 1, null))
      .addPtp(ptp(PRAC, "0213T", "0214T", 9, null))
      .addPtp(ptp(PRAC, "0230T", "77003", 1, LocalDate.of(2020, 12, 31)))
      .addPtp(ptp(PRAC, "64493", "77003", 1, null))
      .addMue(mue(PRAC, "64483", 1, 2))
      .addMue(mue(OPH, "64483", 2, 2))
      .addMue(mue(PRAC, "64484", 4, 3))
      .addMue(mue(PRAC, "64490", 1, 1))
      .addMue(mue(PRAC, "62273", 2, 3))
      .addAddOn(AddOnRule.builder().addOn("64494").primary("64493").type(1).build())
      .addAddOn(AddOnRule.builder().addOn("64494").primary("64490").type(1).build())
      .addAddOn(AddOnRule.builder().addOn("77003").primary("62273").type(1).build())
      .addAddOn(AddOnRule.builder().addOn("99999").type(2).build())
      .addAddOn(AddOnRule.builder().addOn("64484").primary("64483").type(3).build())
      .bilateralIndicator("64483", 1)
      .bilateralIndicator("64484", 1)
      .bilateralIndicator("62273", 0)
      .build();

  private static final ClaimEdits EDITS = ClaimEdits.of(TABLES, List.of(
      dated("62310", null, LocalDate.of(2016, 12, 31)),
      dated("62320", LocalDate.of(2017, 1, 1), null),
      dated("0230T", null, LocalDate.of(2020, 12, 31)),
      dated("72275", null, LocalDate.of(2021, 12, 31)),
      dated("64483", null, null), dated("64484", null, null), dated("62323", null, null), dated("62322", null, null),
      dated("64493", null, null), dated("64494", null, null), dated("64490", null, null), dated("77003", null, null),
      dated("62273", null, null)), Conventions.medicareLike());

  static Stream<Arguments> pairs() {
    return Stream.of(
        // payer, setting, claim type, lines, expected rule severities
        Arguments.of("indicator 1, Medicare professional: WARNING", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("62323"), line("64483", "RT")), Severity.WARNING),
        Arguments.of("indicator 1, commercial: INFO", Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("62323"), line("64483", "RT")), Severity.INFO),
        Arguments.of("indicator 1 with XS billed: INFO", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("62323"), line("64483", "RT", "XS")), Severity.INFO),
        Arguments.of("indicator 1 with 59 on column one: INFO", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("62323", "59"), line("64483", "RT")), Severity.INFO),
        Arguments.of("indicator 0 practitioner: WARNING even with XU", Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY,
            List.of(line("62322"), line("64484", "XU")), Severity.WARNING),
        Arguments.of("outpatient hospital table is indicator 1 there: XU makes it INFO", Payer.MEDICARE,
            Setting.HOSPITAL_OUTPATIENT, ClaimType.FACILITY, List.of(line("62322"), line("64484", "XU")), Severity.INFO),
        Arguments.of("indicator 9 is no edit", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("0213T"), line("0214T")), null),
        Arguments.of("order on the claim does not matter", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("64483", "LT"), line("62323")), Severity.WARNING),
        Arguments.of("no pair between facet and transforaminal", Payer.MEDICARE, Setting.OFFICE,
            ClaimType.PROFESSIONAL, List.of(line("64493"), line("64483")), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void a_ptp_pair_in_effect_is_flagged_with_the_severity_of_its_indicator_and_payer(String name, Payer payer,
      Setting setting, ClaimType type, List<BilledLine> lines, Severity expected) {
    List<Finding> ptp = only(EDITS.judge(ClaimContext.of(IN_QUARTER, payer, setting, type), lines),
        RuleIds.NCCI_PTP_EDIT);
    if (expected == null) {
      assertThat(ptp).isEmpty();
    } else {
      assertThat(ptp).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(expected);
        assertThat(f.codes()).hasSize(2);
      });
    }
  }

  static Stream<Arguments> sides() {
    return Stream.of(
        Arguments.of("indicator 1, RT on one line and LT on the other: INFO", List.of(line("62323", "RT"),
            line("64483", "LT")), Severity.INFO),
        Arguments.of("indicator 1, LT on column one and RT on column two: INFO", List.of(line("64483", "RT"),
            line("62323", "LT")), Severity.INFO),
        Arguments.of("indicator 1, the same side: WARNING", List.of(line("62323", "RT"), line("64483", "RT")),
            Severity.WARNING),
        Arguments.of("indicator 1, column two on both sides (50): WARNING", List.of(line("62323", "RT"),
            line("64483", "50")), Severity.WARNING),
        Arguments.of("indicator 1, column two on both sides (RT and LT lines): WARNING, its LT line sits beside"
            + " the column-one LT", List.of(line("62323", "LT"), line("64483", "RT"), line("64483", "LT")),
            Severity.WARNING),
        Arguments.of("indicator 1, a line with both RT and LT is not a side: WARNING",
            List.of(line("62323", "RT"), line("64483", "RT", "LT")), Severity.WARNING),
        Arguments.of("indicator 1, one line distinct and the other opposite: INFO",
            List.of(line("62323", "RT"), line("64483", "LT"), line("64483", "RT", "XS")), Severity.INFO),
        Arguments.of("indicator 0, opposite sides: still WARNING", List.of(line("62322", "RT"), line("64484", "LT")),
            Severity.WARNING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sides")
  void opposite_anatomic_modifiers_bypass_an_indicator_1_pair_only(String name, List<BilledLine> lines,
      Severity expected) {
    List<Finding> ptp = only(EDITS.judge(context(IN_QUARTER), lines), RuleIds.NCCI_PTP_EDIT);
    assertThat(ptp).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(expected);
      if (expected == Severity.INFO && !name.contains("distinct")) {
        assertThat(f.message()).contains("opposite sides");
      }
    });
  }

  static Stream<Arguments> ascLevels() {
    // MUE 1 for 64483 (MAI 2), 4 for 64484 (MAI 3); bilateral indicator 1.
    return Stream.of(
        Arguments.of("one bilateral level billed 64483-RT-LT x2: one level", List.of(units("64483", 2, "RT", "LT")),
            List.of(own("64483", 1, List.of("L4-L5"), Modifier.BILATERAL)), false),
        Arguments.of("RT x2 and LT x3 of five different levels: five levels over 4",
            List.of(units("64484", 2, "RT"), units("64484", 3, "LT")),
            List.of(own("64484", 2, List.of("L4-L5", "L5-S1"), Modifier.RIGHT),
                own("64484", 3, List.of("S1", "S2", "S3"), Modifier.LEFT)), true),
        Arguments.of("RT x2 and LT x3 sharing two levels: three levels", List.of(units("64484", 2, "RT"),
            units("64484", 3, "LT")), List.of(own("64484", 2, List.of("L4-L5", "L5-S1"), Modifier.BILATERAL),
                own("64484", 1, List.of("S1"), Modifier.LEFT)), false),
        Arguments.of("an unsided x7 for two bilateral and three one-sided levels: five levels over 4",
            List.of(units("64484", 7)), List.of(own("64484", 2, List.of("L4-L5", "L5-S1"), Modifier.BILATERAL),
                own("64484", 3, List.of("S1", "S2", "S3"), Modifier.RIGHT)), true),
        Arguments.of("two units style, four levels on both sides: x8 is four levels", List.of(units("64484", 8)),
            List.of(own("64484", 4, List.of("L4-L5", "L5-S1", "S1", "S2"), Modifier.BILATERAL)), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ascLevels")
  void on_an_ASC_facility_claim_billed_units_count_the_encounter_s_distinct_levels(String name,
      List<BilledLine> billed, List<ClaimLine> described, boolean exceeded) {
    ClaimContext asc = ClaimContext.of(IN_QUARTER, Payer.COMMERCIAL, Setting.ASC, ClaimType.FACILITY);
    assertThat(only(EDITS.judge(asc, billed, described), RuleIds.MUE_EXCEEDED)).hasSize(exceeded ? 1 : 0);
  }

  @Test
  void without_the_encounter_s_levels_an_ASC_claim_s_units_pair_as_the_lines_suggest() {
    ClaimContext asc = ClaimContext.of(IN_QUARTER, Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY);
    // A line with RT and LT counts half its units, as an unsided line does.
    assertThat(only(EDITS.judge(asc, List.of(units("64483", 2, "RT", "LT"))), RuleIds.MUE_EXCEEDED)).isEmpty();
    // RT and LT lines count their larger side: 3 of 64484, within 4.
    assertThat(only(EDITS.judge(asc, List.of(units("64484", 2, "RT"), units("64484", 3, "LT"))),
        RuleIds.MUE_EXCEEDED)).isEmpty();
    assertThat(only(EDITS.judge(asc, List.of(units("64484", 5, "RT"), units("64484", 3, "LT"))),
        RuleIds.MUE_EXCEEDED)).singleElement().satisfies(f -> assertThat(f.message()).contains("without the levels"));
  }

  @Test
  void SpineCode_s_own_ASC_lines_pair_their_sides_only_on_shared_levels() {
    ClaimContext asc = ClaimContext.of(IN_QUARTER, Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY);
    List<Finding> apart = new ArrayList<>();
    EDITS.judgeCoded(asc, List.of(own("64484", 2, List.of("L4-L5", "L5-S1"), Modifier.RIGHT),
        own("64484", 3, List.of("S1", "S2", "S3"), Modifier.LEFT)), apart);
    List<Finding> shared = new ArrayList<>();
    EDITS.judgeCoded(asc, List.of(own("64484", 3, List.of("L4-L5", "L5-S1", "S1"), Modifier.RIGHT),
        own("64484", 3, List.of("L4-L5", "L5-S1", "S1"), Modifier.LEFT)), shared);

    assertThat(only(apart, RuleIds.MUE_EXCEEDED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("5 unit(s)", "distinct levels"));
    assertThat(only(shared, RuleIds.MUE_EXCEEDED)).isEmpty();
  }

  @Test
  void judging_a_claim_costs_work_in_proportion_to_its_lines() {
    long fifty = work(50);
    long fiveHundred = work(500);
    assertThat(fifty).isGreaterThanOrEqualTo(50);
    // Ten times the lines, at most ten times the work (and a little for the fixed part).
    assertThat(fiveHundred).isLessThanOrEqualTo(10 * fifty + 20);
  }

  /**
   * The work of judging a claim of {@code lines} lines: every code of the test tables, repeated,
   * and as many codes again that no table knows, so that both the lines and the distinct codes
   * grow with the claim.
   */
  private static long work(int lines) {
    String[] codes = {"62323", "64483", "62322", "64484", "0213T", "0214T", "0230T", "77003", "64493", "64494",
        "64490", "62273", "99999", "62310", "12345"};
    List<BilledLine> billed = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      String code = i % 2 == 0 ? codes[i / 2 % codes.length] : String.format("7%04d", i);
      billed.add(BilledLine.of(code, List.of(i % 4 < 2 ? "RT" : "LT"), 1 + i % 3));
    }
    ClaimCodes claim = ClaimCodes.billed(billed, TABLES);
    EDITS.judge(ClaimContext.of(IN_QUARTER, Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY), claim, true,
        MueJudge.Levels.UNKNOWN, new ArrayList<>());
    return claim.steps();
  }

  @Test
  void the_pair_message_says_a_distinct_service_modifier_was_billed_only_when_one_was() {
    ClaimContext commercial = ClaimContext.of(IN_QUARTER, Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL);
    Finding plain = only(EDITS.judge(commercial, List.of(line("62323"), line("64483", "RT"))),
        RuleIds.NCCI_PTP_EDIT).get(0);
    Finding bypassed = only(EDITS.judge(commercial, List.of(line("62323"), line("64483", "RT", "XS"))),
        RuleIds.NCCI_PTP_EDIT).get(0);

    assertThat(plain.severity()).isEqualTo(Severity.INFO);
    assertThat(plain.message()).doesNotContain("modifier is billed").contains("XS, XU, 59");
    assertThat(bypassed.message()).contains("a distinct-service modifier is billed");
  }

  static Stream<Arguments> deletionDates() {
    return Stream.of(
        Arguments.of(LocalDate.of(2020, 12, 31), true),
        Arguments.of(LocalDate.of(2021, 1, 1), false));
  }

  @ParameterizedTest(name = "{0}: pair applies = {1}")
  @MethodSource("deletionDates")
  void a_deleted_pair_applies_through_its_deletion_date_and_not_after(LocalDate date, boolean applies) {
    List<Finding> ptp = only(EDITS.judge(ClaimContext.of(date, Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL),
        List.of(line("0230T", "RT"), line("77003"))), RuleIds.NCCI_PTP_EDIT);
    assertThat(ptp).hasSize(applies ? 1 : 0);
  }

  static Stream<Arguments> units() {
    return Stream.of(
        // name, payer, setting, type, lines, exceeded?
        Arguments.of("MAI 2: 64483 x2 on one line (two units style), professional", Payer.MEDICARE, Setting.OFFICE,
            ClaimType.PROFESSIONAL, List.of(units("64483", 2)), Severity.WARNING),
        Arguments.of("MAI 2: 64483 on two lines RT + LT, professional: summed", Payer.MEDICARE, Setting.OFFICE,
            ClaimType.PROFESSIONAL, List.of(line("64483", "RT"), line("64483", "LT")), Severity.WARNING),
        Arguments.of("MAI 2: 64483-50 x1 is within", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("64483", "50")), null),
        Arguments.of("MAI 2, commercial: INFO", Payer.COMMERCIAL, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(units("64483", 2)), Severity.INFO),
        Arguments.of("MAI 2, GZ line counts too", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(line("64483", "RT"), line("64483", "LT", "GZ")), Severity.WARNING),
        Arguments.of("ASC facility: RT + LT of one level count as one", Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY,
            List.of(line("64483", "RT"), line("64483", "LT")), null),
        Arguments.of("ASC facility: two units of one line count as one level", Payer.MEDICARE, Setting.ASC,
            ClaimType.FACILITY, List.of(units("64483", 2)), null),
        Arguments.of("ASC facility: 50 with two units counts two", Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY,
            List.of(units("64483", 2, "50")), Severity.WARNING),
        Arguments.of("outpatient hospital table has its own value (2)", Payer.MEDICARE, Setting.HOSPITAL_OUTPATIENT,
            ClaimType.FACILITY, List.of(units("64483", 2)), null),
        Arguments.of("MAI 3: 64484 x5 over two lines", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(units("64484", 3, "RT"), units("64484", 2, "LT")), Severity.WARNING),
        Arguments.of("MAI 3: 64484 x4 within", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(units("64484", 2, "RT"), units("64484", 2, "LT")), null),
        Arguments.of("MAI 1: each line on its own, 64490 RT + LT within", Payer.MEDICARE, Setting.OFFICE,
            ClaimType.PROFESSIONAL, List.of(line("64490", "RT"), line("64490", "LT")), null),
        Arguments.of("MAI 1: one line of two units exceeds", Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL,
            List.of(units("64490", 2)), Severity.WARNING),
        Arguments.of("bilateral indicator 0: no ASC pairing", Payer.MEDICARE, Setting.ASC, ClaimType.FACILITY,
            List.of(units("62273", 3)), Severity.WARNING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("units")
  void units_over_the_mue_are_flagged_by_its_adjudication_indicator(String name, Payer payer, Setting setting,
      ClaimType type, List<BilledLine> lines, Severity expected) {
    List<Finding> mue = only(EDITS.judge(ClaimContext.of(IN_QUARTER, payer, setting, type), lines),
        RuleIds.MUE_EXCEEDED);
    if (expected == null) {
      assertThat(mue).isEmpty();
    } else {
      assertThat(mue).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(expected));
    }
  }

  @Test
  void the_mue_message_gives_the_value_the_indicator_and_the_rationale() {
    Finding mue = only(EDITS.judge(context(IN_QUARTER), List.of(units("64483", 2))), RuleIds.MUE_EXCEEDED).get(0);
    assertThat(mue.message()).contains("of 1", "MAI 2", "rationale");
    assertThat(mue.source()).contains("2024Q3");
  }

  static Stream<Arguments> codeDates() {
    return Stream.of(
        Arguments.of("62310", LocalDate.of(2016, 12, 31), true),
        Arguments.of("62310", LocalDate.of(2017, 1, 1), false),
        Arguments.of("62320", LocalDate.of(2016, 12, 31), false),
        Arguments.of("62320", LocalDate.of(2017, 1, 1), true),
        Arguments.of("0230T", LocalDate.of(2020, 12, 31), true),
        Arguments.of("0230T", LocalDate.of(2021, 1, 1), false),
        Arguments.of("72275", LocalDate.of(2021, 12, 31), true),
        Arguments.of("72275", LocalDate.of(2022, 1, 1), false));
  }

  @ParameterizedTest(name = "{0} on {1}: in effect = {2}")
  @MethodSource("codeDates")
  void a_billed_code_is_in_effect_from_its_first_day_through_its_last(String code, LocalDate date, boolean inEffect) {
    List<Finding> refused = only(EDITS.judge(context(date), List.of(line(code))), RuleIds.CODE_NOT_IN_EFFECT);
    assertThat(refused).hasSize(inEffect ? 0 : 1);
    refused.forEach(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void a_code_no_table_knows_is_not_judged_and_never_called_not_in_effect() {
    List<Finding> findings = EDITS.judge(context(IN_QUARTER), List.of(line("12345")));
    assertThat(findings).extracting(Finding::rule).containsExactly(RuleIds.NOT_JUDGED);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
  }

  static Stream<Arguments> addOns() {
    return Stream.of(
        Arguments.of("type 1 without a primary: WARNING", List.of(line("64494")), Severity.WARNING),
        Arguments.of("type 1 with 64493", List.of(line("64493"), line("64494")), null),
        Arguments.of("type 1 with 64490 (thoracolumbar junction)", List.of(line("64490"), line("64494")), null),
        Arguments.of("77003 with injection codes only: WARNING", List.of(line("64493"), line("77003")), Severity.WARNING),
        Arguments.of("type 3 without listed primary: INFO", List.of(line("64484")), Severity.INFO),
        Arguments.of("type 2 with a non-add-on code: nothing", List.of(line("64493"), line("99999")), null),
        Arguments.of("type 2 alone: INFO", List.of(line("99999")), Severity.INFO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addOns")
  void an_add_on_needs_a_primary_in_effect_by_its_type(String name, List<BilledLine> lines, Severity expected) {
    List<Finding> found = only(EDITS.judge(context(IN_QUARTER), lines), RuleIds.ADD_ON_WITHOUT_PRIMARY);
    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(expected));
    }
  }

  @Test
  void a_primary_not_in_effect_does_not_count() {
    EditTables tables = EditTables.builder()
        .addAddOn(AddOnRule.builder().addOn("0311T").primary("62310").type(1).build()).build();
    ClaimEdits edits = ClaimEdits.of(tables, List.of(dated("62310", null, LocalDate.of(2016, 12, 31))),
        Conventions.medicareLike());
    assertThat(only(edits.judge(context(LocalDate.of(2018, 1, 1)), List.of(line("62310"), line("0311T"))),
        RuleIds.ADD_ON_WITHOUT_PRIMARY)).hasSize(1);
  }

  @Test
  void outside_the_tables_quarter_an_info_names_the_quarter_used() {
    assertThat(EDITS.judge(context(LocalDate.of(2026, 3, 2)), List.of(line("64483", "50"))))
        .extracting(Finding::rule).containsExactly(RuleIds.EDIT_TABLES_QUARTER);
    assertThat(EDITS.judge(context(IN_QUARTER), List.of(line("64483", "50")))).isEmpty();
  }

  @Test
  void the_coder_s_own_lines_are_not_judged_for_dates_or_add_ons() {
    List<Finding> findings = new ArrayList<>();
    EDITS.judgeCoded(context(IN_QUARTER), List.of(own("64494", 1), own("62310", 1)), findings);
    assertThat(findings).isEmpty();
  }

  static Stream<Arguments> ownClaims() {
    List<LocalDate> dates = List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30),
        LocalDate.of(2024, 7, 1), IN_QUARTER, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 1));
    List<List<ClaimLine>> claims = List.of(
        List.of(own("0230T", 1, Modifier.RIGHT), own("77003", 1)),
        List.of(own("62323", 1), own("64483", 1, Modifier.LEFT)),
        List.of(own("64483", 1, Modifier.RIGHT), own("64483", 1, Modifier.LEFT), own("62322", 1),
            own("64484", 2, Modifier.RIGHT)),
        List.of(own("64483", 2), own("64490", 1, Modifier.BILATERAL)),
        List.of(own("64483", 1, Modifier.BILATERAL)));
    List<Arguments> arguments = new ArrayList<>();
    for (LocalDate date : dates) {
      for (Payer payer : Payer.values()) {
        for (Setting setting : Setting.values()) {
          for (ClaimType type : ClaimType.values()) {
            for (List<ClaimLine> lines : claims) {
              arguments.add(Arguments.of(ClaimContext.of(date, payer, setting, type), lines));
            }
          }
        }
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest
  @MethodSource("ownClaims")
  void the_coder_s_own_lines_are_judged_alike_every_time_they_come_back(ClaimContext context, List<ClaimLine> lines) {
    List<BilledLine> billed = new ArrayList<>();
    for (ClaimLine line : lines) {
      billed.add(BilledLine.of(line.code(), line.modifiers().stream().map(Modifier::code).toList(), line.units()));
    }
    // Billed back for the encounter they came from, they get the same pair, unit and quarter findings.
    List<Finding> expected = new ArrayList<>(EDITS.judge(context, billed, lines));
    expected.removeIf(f -> !List.of(RuleIds.NCCI_PTP_EDIT, RuleIds.MUE_EXCEEDED, RuleIds.EDIT_TABLES_QUARTER)
        .contains(f.rule()));
    for (int round = 0; round < 2; round++) {
      List<Finding> findings = new ArrayList<>();
      EDITS.judgeCoded(context, lines, findings);
      assertThat(findings).isEqualTo(expected);
    }
  }

  @Test
  void built_tables_do_not_change_when_their_builder_goes_on() {
    EditTablesBuilder builder = EditTables.builder().addPtp(ptp(PRAC, "62323", "64483", 1, null));
    EditTables built = builder.build();
    builder.addPtp(ptp(PRAC, "62323", "64484", 1, null)).addMue(mue(PRAC, "62323", 1, 2));

    assertThat(built.ptp(PRAC, "62323", "64484", IN_QUARTER)).isEmpty();
    assertThat(built.mue(PRAC, "62323", IN_QUARTER)).isEmpty();
    assertThat(built.ptp(PRAC, "62323", "64483", IN_QUARTER)).isPresent();
  }

  private static ClaimLine own(String code, int units, Modifier... modifiers) {
    return ClaimLine.of(code, Arrays.asList(modifiers), units, "test " + code, List.of());
  }

  private static ClaimLine own(String code, int units, List<String> levels, Modifier... modifiers) {
    return ClaimLine.of(code, Arrays.asList(modifiers), units, "test " + code, levels);
  }

  private static ClaimContext context(LocalDate date) {
    return ClaimContext.of(date, Payer.MEDICARE, Setting.OFFICE, ClaimType.PROFESSIONAL);
  }

  private static List<Finding> only(List<Finding> findings, String rule) {
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.rule().equals(rule)) {
        matching.add(finding);
      }
    }
    return matching;
  }

  private static BilledLine line(String code, String... modifiers) {
    return BilledLine.of(code, Arrays.asList(modifiers), 1);
  }

  private static BilledLine units(String code, int units, String... modifiers) {
    return BilledLine.of(code, Arrays.asList(modifiers), units);
  }

  private static PtpEdit ptp(EditTable table, String one, String two, int indicator, LocalDate lastDay) {
    return PtpEdit.builder().table(table).columnOne(one).columnTwo(two).modifierIndicator(indicator)
        .window(DateRange.through(Optional.empty(), Optional.ofNullable(lastDay))).rationale("test").build();
  }

  private static MueLimit mue(EditTable table, String code, int units, int mai) {
    return MueLimit.builder().table(table).code(code).units(units).adjudication(mai).rationale("CMS Policy").build();
  }

  private static DatedCode dated(String code, LocalDate from, LocalDate through) {
    return DatedCode.builder().code(code).label("test " + code)
        .dates(DateRange.through(Optional.ofNullable(from), Optional.ofNullable(through))).authority("test").build();
  }
}
