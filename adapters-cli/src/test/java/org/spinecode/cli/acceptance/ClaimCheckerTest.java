package org.spinecode.cli.acceptance;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecode.domain.check.BilledLineText;
import org.spinecode.domain.check.Check;
import org.spinecode.domain.check.CheckedClaim;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.check.Difference;
import org.spinecode.domain.check.DifferenceKind;
import org.spinecode.domain.check.Verdict;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/** Check cases: one per difference kind and explanation, written as a coder would bill them. */
class ClaimCheckerTest {
  private static final Installation PRODUCT = Installation.of(PluginDiscovery.fromClassPath());
  private static final EncounterCoder ENGINE = PRODUCT.directCoder();
  private static final ClaimChecker CHECKER = new ClaimChecker(ENGINE, PRODUCT.catalogue(), EditsFixture.EDITS, PRODUCT.data().conventions());
  private static final WireCodec CODEC = new WireCodec();
  private static final WireMapping MAPPING = new WireMapping();

  static final String BILATERAL_FACET_NERVES = """
      {"dateOfService":"2026-03-02","payer":"MEDICARE","procedures":[{"family":"FACET","guidance":"FLUOROSCOPY",
       "purpose":"DIAGNOSTIC","targets":[{"nerves":["L3","L4","L5"],"side":"BILATERAL"}]}]}""";
  static final String RIGHT_TRANSFORAMINAL_L5_S1 = """
      {"dateOfService":"2026-03-02","payer":"COMMERCIAL","procedures":[{"family":"TRANSFORAMINAL","guidance":"FLUOROSCOPY",
       "purpose":"THERAPEUTIC","targets":[{"level":"L5-S1","side":"RIGHT"}]}]}""";
  static final String RIGHT_TRANSFORAMINAL_THREE_LEVELS = """
      {"dateOfService":"2026-03-02","payer":"COMMERCIAL","procedures":[{"family":"TRANSFORAMINAL","guidance":"FLUOROSCOPY",
       "purpose":"THERAPEUTIC","targets":[{"level":"L3-L4","side":"RIGHT"},{"level":"L4-L5","side":"RIGHT"},
       {"level":"L5-S1","side":"RIGHT"}]}]}""";
  static final String ASC_FACILITY_BILATERAL_FACET = """
      {"dateOfService":"2026-03-02","payer":"MEDICARE","setting":"ASC","claimType":"FACILITY","procedures":[{"family":"FACET",
       "guidance":"FLUOROSCOPY","purpose":"THERAPEUTIC","targets":[{"level":"L4-L5","side":"BILATERAL"}]}]}""";
  static final String INTERLAMINAR_LUMBAR = """
      {"dateOfService":"2026-03-02","payer":"COMMERCIAL","procedures":[{"family":"INTERLAMINAR","guidance":"FLUOROSCOPY",
       "targets":[{"level":"L4-L5"}]}]}""";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("the lines SpineCode codes match", BILATERAL_FACET_NERVES, "64493-50-KX x1\n64494-50-KX x1",
            null, null, null),
        Arguments.of("distinct-service modifiers are set aside", RIGHT_TRANSFORAMINAL_L5_S1, "64483-RT-XS x1",
            null, null, null),
        Arguments.of("nerves counted as levels bill one level too many", BILATERAL_FACET_NERVES,
            "64493-50-KX x1; 64494-50-KX x1; 64495-50-KX x1", DifferenceKind.UNEXPECTED,
            "three medial branches L3, L4, L5 block two joints (L4-L5, L5-S1): 64495 is not supported", "A58350"),
        Arguments.of("imaging billed beside a code that includes it", RIGHT_TRANSFORAMINAL_L5_S1, "64483-RT x1, 77003",
            DifferenceKind.UNEXPECTED, "77003 is included in 64483", "CPT"),
        Arguments.of("modifier 50 on a level done on one side", RIGHT_TRANSFORAMINAL_L5_S1, "64483-50",
            DifferenceKind.MODIFIERS, "modifier 50 on 64483 but only the right side was injected at L5-S1", "modifier 50"),
        Arguments.of("one side billed for a level done on both", ASC_FACILITY_BILATERAL_FACET.replace("\"ASC\"", "\"OFFICE\"")
                .replace("\"FACILITY\"", "\"PROFESSIONAL\""), "64493-RT",
            DifferenceKind.MODIFIERS, "64493 was done on both sides at L4-L5: one line with modifier 50, not RT", "modifier 50"),
        Arguments.of("fewer add-on units than levels", RIGHT_TRANSFORAMINAL_THREE_LEVELS, "64483-RT x1\n64484-RT x1",
            DifferenceKind.UNITS, "64484: the claim bills 1 where SpineCode bills 2 for L4-L5, L5-S1", "CPT"),
        Arguments.of("an add-on left off", RIGHT_TRANSFORAMINAL_THREE_LEVELS, "64483-RT",
            DifferenceKind.MISSING, "SpineCode bills 64484-RT x2 for L4-L5, L5-S1; the claim does not", "CPT"),
        Arguments.of("a code of another family", RIGHT_TRANSFORAMINAL_L5_S1, "64483-RT\n64493-RT",
            DifferenceKind.UNEXPECTED, "the claim bills 64493", "CPT"),
        Arguments.of("a code outside the installed families says what differs, not why", INTERLAMINAR_LUMBAR,
            "62323\n27096-RT", DifferenceKind.UNEXPECTED, "27096 is outside the installed families", "SpineCode"),
        Arguments.of("KX left off a Medicare diagnostic facet line", BILATERAL_FACET_NERVES, "64493-50 x1\n64494-50-KX x1",
            DifferenceKind.MODIFIERS, "the claim has no other modifier where SpineCode's line has modifier KX (KX:", "L"),
        Arguments.of("modifiers and units both differ", RIGHT_TRANSFORAMINAL_THREE_LEVELS, "64483-RT\n64484-50 x1",
            DifferenceKind.MODIFIERS, "modifier 50 on 64484 but only the right side was injected at L4-L5, L5-S1; and 1 unit where SpineCode bills 2", "modifier 50"),
        Arguments.of("RT and LT lines on an ASC facility claim", ASC_FACILITY_BILATERAL_FACET, "64493-RT\n64493-LT",
            null, null, null),
        Arguments.of("two units on an ASC facility claim", ASC_FACILITY_BILATERAL_FACET, "64493 x2", null, null, null),
        Arguments.of("modifier 50 is not an ASC facility style", ASC_FACILITY_BILATERAL_FACET, "64493-50",
            DifferenceKind.MODIFIERS, "64493", "modifier 50"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_billed_claim_is_checked_against_the_lines_SpineCode_codes(String name, String encounter, String billed,
      DifferenceKind kind, String message, String source) {
    Check check = CHECKER.check(encounter(encounter), BilledLineText.parse(billed)).check();

    if (kind == null) {
      assertThat(check.verdict()).isEqualTo(Verdict.MATCH);
      assertThat(check.differences()).isEmpty();
      return;
    }
    assertThat(check.verdict()).isEqualTo(Verdict.DIFFERS);
    assertThat(check.differences()).filteredOn(d -> d.kind() == kind).first().satisfies(difference -> {
      assertThat(difference.message()).contains(message);
      assertThat(difference.source()).contains(source);
    });
  }

  @Test
  void pairs_prefer_equal_units_then_equal_modifiers() {
    Check check = CHECKER.check(encounter(RIGHT_TRANSFORAMINAL_THREE_LEVELS),
        BilledLineText.parse("64483-LT x1\n64484-RT x3")).check();

    assertThat(check.differences()).extracting(Difference::kind, Difference::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DifferenceKind.MODIFIERS, "64483"),
            org.assertj.core.groups.Tuple.tuple(DifferenceKind.UNITS, "64484"));
  }

  @Test
  void a_deleted_code_names_its_date_and_what_to_report() {
    Check check = CHECKER.check(encounter(INTERLAMINAR_LUMBAR), BilledLineText.parse("62311")).check();

    assertThat(check.differences()).filteredOn(d -> d.kind() == DifferenceKind.UNEXPECTED).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).isEqualTo("62311 was deleted on 2017-01-01; report 62323");
          assertThat(d.source()).isEqualTo(EditsFixture.CODE_FILE);
        });
  }

  @Test
  void imaging_included_names_the_NCCI_modifier_indicator() {
    Check check = CHECKER.check(encounter(RIGHT_TRANSFORAMINAL_L5_S1), BilledLineText.parse("64483-RT 77003")).check();

    assertThat(check.differences()).singleElement().satisfies(d ->
        assertThat(d.message()).startsWith("77003 is included in 64483 (NCCI PTP, modifier indicator 1)"));
  }

  static Stream<Arguments> billedLineRules() {
    return Stream.of(
        Arguments.of("a deleted code", INTERLAMINAR_LUMBAR, "62311", "CODE_NOT_IN_EFFECT", "ERROR"),
        Arguments.of("an NCCI pair, Medicare", BILATERAL_FACET_NERVES, "64493-50-KX\n64494-50-KX\n62323",
            "NCCI_PTP_EDIT", "WARNING"),
        Arguments.of("an NCCI pair, other payers", INTERLAMINAR_LUMBAR, "62323\n64483-RT", "NCCI_PTP_EDIT", "INFO"),
        Arguments.of("an indicator-1 pair with a distinct-service modifier", BILATERAL_FACET_NERVES,
            "64493-50-KX\n64494-50-KX\n62323-XS", "NCCI_PTP_EDIT", "INFO"),
        Arguments.of("units over the MUE", BILATERAL_FACET_NERVES, "64493 x2\n64494-50-KX", "MUE_EXCEEDED", "WARNING"),
        Arguments.of("an add-on without its primary", BILATERAL_FACET_NERVES, "64494-50-KX", "ADD_ON_WITHOUT_PRIMARY",
            "WARNING"),
        Arguments.of("a code no table knows", INTERLAMINAR_LUMBAR, "62323\n99999", "NOT_JUDGED", "INFO"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("billedLineRules")
  void the_claim_edits_judge_the_billed_lines(String name, String encounter, String billed, String rule,
      String severity) {
    Check check = CHECKER.check(encounter(encounter), BilledLineText.parse(billed)).check();

    assertThat(check.findings()).filteredOn(f -> f.rule().equals(rule)).singleElement()
        .satisfies(f -> assertThat(f.severity().name()).isEqualTo(severity));
  }

  @Test
  void a_correct_claim_raises_no_billed_line_warning() {
    Check check = CHECKER.check(encounter(BILATERAL_FACET_NERVES), BilledLineText.parse("64493-50-KX 64494-50-KX"))
        .check();

    assertThat(check.findings()).noneMatch(f -> f.severity() != Severity.INFO);
  }

  @Test
  void the_tables_quarter_note_stays_on_the_coding_result_and_out_of_the_billed_line_findings() {
    ClaimChecker bundled = new ClaimChecker(ENGINE, PRODUCT.catalogue(), PRODUCT.claimEdits(), PRODUCT.data().conventions());

    CheckedClaim checked = bundled.check(encounter(INTERLAMINAR_LUMBAR), BilledLineText.parse("62323"));

    assertThat(checked.result().findings()).extracting(Finding::rule).contains("EDIT_TABLES_QUARTER");
    assertThat(checked.check().findings()).extracting(Finding::rule).doesNotContain("EDIT_TABLES_QUARTER");
  }

  static Encounter encounter(String json) {
    return MAPPING.toDomain(CODEC.readEncounter(json));
  }
}
