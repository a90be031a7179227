package org.spinecode.cli.acceptance;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.plugin.contract.CodingCase;

/**
 * The v2 counting and session rules across the shipped families (docs/CODING-RULES.md, "Levels and
 * sides" and "Sessions"), each case naming its authority. Lines read {@code 64483-RT x1}, sorted.
 */
class CountingRulesTest {
  private static final EncounterCoder ENGINE = Installation.of(PluginDiscovery.fromClassPath()).directCoder();

  static Stream<Arguments> cases() {
    return Stream.of(
        // Levels count once across both sides; 50 only joins the two sides of one level.
        row("Newsletter Jan 2015: right L4-L5 with left L5-S1 is two levels, never 64483-50",
            () -> CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("L4-L5:R L5-S1:L"),
            "64483-RT x1, 64484-LT x1", ""),
        row("Newsletter Jan 2015, AAPC: the most cephalad level is the primary, whatever its side",
            () -> CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("L4-L5:R L5-S1:B"),
            "64483-RT x1, 64484-50 x1", ""),
        row("A57787: left L3-L4, bilateral L4-L5, right L5-S1 facet is three levels, none lost",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("L3-L4:L L4-L5:B L5-S1:R"),
            "64493-LT x1, 64494-50 x1, 64495-RT x1", ""),
        row("Pub 100-04 ch. 14 §40.5: Medicare ASC facility lines for right L4-L5 with left L5-S1 keep one primary",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
                .setting("ASC", "FACILITY").targets("L4-L5:R L5-S1:L"),
            "64493-RT x1, 64494-LT x1", ""),
        row("CPT 64495: one unit for the third and further levels, carrying every side among them",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("L2-L3:B L3-L4:B L4-L5:R L5-S1:L"),
            "64493-50 x1, 64494-50 x1, 64495-50 x1", ""),
        row("CPT 64495 in the RT_LT_LINES style: one RT and one LT line for the third-and-beyond unit",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").style("RT_LT_LINES")
                .targets("L2-L3:B L3-L4:R L4-L5:R L5-S1:L"),
            "64493-LT x1, 64493-RT x1, 64494-RT x1, 64495-LT x1, 64495-RT x1", ""),
        row("TWO_UNITS (CONTRACT.md v3): a level done on both sides is two units of an unsided line; a level done"
                + " on one side keeps its RT or LT",
            () -> CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").purpose("THERAPEUTIC").style("TWO_UNITS")
                .targets("L3-L4:B L4-L5:B L5-S1:R"),
            "64483 x2, 64484 x2, 64484-RT x1", ""),
        row("Identical lines merge: two further bilateral levels are 64484-50 x2",
            () -> CodingCase.of("TRANSFORAMINAL", "CT").purpose("THERAPEUTIC").targets("L3-L4:B L4-L5:B L5-S1:B"),
            "64483-50 x1, 64484-50 x2", ""),
        row("A58993 level limit: the most caudal level is the excess, with its own side",
            () -> CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
                .targets("L3-L4:R L4-L5:B L5-S1:L"),
            "64483-RT x1, 64484-50 x1, 64484-LT-GZ x1", "LEVEL_LIMIT_EXCEEDED"),
        // Sessions: fluoroscopy and CT are one; interlaminar work is one unit per region per day.
        row("A57787: right C4-C5 under fluoroscopy and right C5-C6 under CT are one facet session",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("C4-C5:R")
                .and("FACET", "CT").purpose("THERAPEUTIC").targets("C5-C6:R"),
            "64490-RT x1, 64491-RT x1", ""),
        row("A58993: three transforaminal levels split over fluoroscopy and CT meet the Medicare level limit",
            () -> CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
                .targets("L3-L4:R L4-L5:R").and("TRANSFORAMINAL", "CT").purpose("THERAPEUTIC").targets("L5-S1:R"),
            "64483-RT x1, 64484-RT x1, 64484-RT-GZ x1", "LEVEL_LIMIT_EXCEEDED"),
        row("CPT 62320-62327: unguided and guided interlaminar work in one region is one unit of the guided code",
            () -> CodingCase.of("INTERLAMINAR", "NONE").payer("MEDICARE").targets("L4-L5")
                .and("INTERLAMINAR", "FLUOROSCOPY").targets("L4-L5"),
            "62323 x1", ""),
        row("CPT 62320-62327: the guided code is decided region by region",
            () -> CodingCase.of("INTERLAMINAR", "NONE").targets("C6-C7")
                .and("INTERLAMINAR", "FLUOROSCOPY").targets("L5-S1"),
            "62320 x1, 62323 x1", ""),
        row("CPT 64490-64495: an unguided facet injection is refused on its own; the guided one is coded",
            () -> CodingCase.of("FACET", "NONE").purpose("THERAPEUTIC").targets("L3-L4:R")
                .and("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("L4-L5:R"),
            "64493-RT x1", "IMAGING_GUIDANCE_REQUIRED"),
        row("Category III: ultrasound-guided facet work is a session of its own",
            () -> CodingCase.of("FACET", "ULTRASOUND").purpose("THERAPEUTIC").targets("L3-L4:R")
                .and("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("L4-L5:R"),
            "0216T-RT x1, 64493-RT x1", "ULTRASOUND_GUIDANCE_UNPROVEN"),
        // Nerves: L33930, the third occipital nerve alone supplies C2-C3.
        row("L33930: a third occipital nerve block alone is the C2-C3 level",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("DIAGNOSTIC").targets("TON+:L"),
            "64490-LT x1", ""),
        row("L33930: TON, C3 and C4 block C2-C3 and C3-C4",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").purpose("DIAGNOSTIC").targets("TON+C3+C4:R"),
            "64490-RT x1, 64491-RT x1", ""),
        // The thoracolumbar junction: A58364 was written for T12-L1 with L1-L2 only.
        row("A58364 reading: with T11-T12 also done, CPT's regions apply and 64490 is never two units on a side",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
                .targets("T11-T12:R T12-L1:R L1-L2:R"),
            "64490-RT x1, 64491-RT x1, 64493-RT x1", ""),
        row("A58364: T12-L1 with L1-L2 is one lumbar region for Medicare, counted across both sides",
            () -> CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC")
                .targets("T12-L1:B L1-L2:R"),
            "64490-50 x1, 64494-RT x1", ""));
  }

  private static Arguments row(String authority, Supplier<CodingCase> encounter, String lines, String rules) {
    return Arguments.of(authority, encounter, lines, rules);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codes_levels_and_sessions_as_cpt_and_cms_count_them(String authority, Supplier<CodingCase> encounter,
      String lines, String rules) {
    CodingResult result = encounter.get().codeWith(ENGINE);

    assertThat(CodingCase.lines(result)).as(authority).isEqualTo(lines);
    assertThat(CodingCase.rules(result)).as(authority).isEqualTo(rules);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notes")
  void says_what_the_contract_promises_in_info_findings(String why, Supplier<CodingCase> encounter, String notes) {
    assertThat(CodingCase.notes(encounter.get().codeWith(ENGINE))).as(why).isEqualTo(notes);
  }

  /** Every date here is outside the bundled NCCI quarter (2024Q3), so each result also names the quarter used. */
  static Stream<Arguments> notes() {
    return Stream.of(
        Arguments.of("CONTRACT v2 INFO: an epidural and a facet injection on the same day (no NCCI edit between them)",
            (Supplier<CodingCase>) () -> CodingCase.of("TRANSFORAMINAL", "FLUOROSCOPY").purpose("THERAPEUTIC")
                .targets("L4-L5:R").and("FACET", "FLUOROSCOPY").purpose("THERAPEUTIC").targets("L4-L5:R"),
            "EDIT_TABLES_QUARTER, EPIDURAL_AND_FACET_SAME_DAY, IMAGING_INCLUDED"),
        Arguments.of("A Medicare claim before the 2021 facet LCDs says their earlier versions are not modelled",
            (Supplier<CodingCase>) () -> CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").on("2020-06-01")
                .purpose("DIAGNOSTIC").targets("L4-L5:R"),
            "EDIT_TABLES_QUARTER, IMAGING_INCLUDED, JURISDICTION_NOT_GIVEN, MEDICARE_POLICY_NOT_MODELLED"),
        Arguments.of("CONTRACT v3: in Ohio (CGS, J15) the facet LCD starts on 2021-05-02, so a session on 2021-04-28 is"
            + " not limited and says so, naming no missing jurisdiction",
            (Supplier<CodingCase>) () -> CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").state("oh")
                .on("2021-04-28").purpose("DIAGNOSTIC").targets("L4-L5:R"),
            "EDIT_TABLES_QUARTER, IMAGING_INCLUDED, MEDICARE_POLICY_NOT_MODELLED"),
        Arguments.of("A commercial claim of the same date has nothing to say about Medicare LCDs",
            (Supplier<CodingCase>) () -> CodingCase.of("FACET", "FLUOROSCOPY").payer("COMMERCIAL").on("2020-06-01")
                .purpose("DIAGNOSTIC").targets("L4-L5:R"),
            "EDIT_TABLES_QUARTER, IMAGING_INCLUDED"),
        Arguments.of("Ultrasound beside fluoroscopy in one interlaminar region: the unit is the guided code, no ultrasound note",
            (Supplier<CodingCase>) () -> CodingCase.of("INTERLAMINAR", "ULTRASOUND").targets("L4-L5")
                .and("INTERLAMINAR", "FLUOROSCOPY").targets("L5-S1"),
            "EDIT_TABLES_QUARTER, IMAGING_INCLUDED, LEVELS_IN_ONE_UNIT"));
  }
}
