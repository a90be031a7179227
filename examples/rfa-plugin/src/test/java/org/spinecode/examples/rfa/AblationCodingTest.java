package org.spinecode.examples.rfa;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.host.PluginRegistry;

/**
 * The plugin coded through the real engine, as the CLI codes it: the plugin turns targets into
 * per-side joints and code ladders; the engine adds bilateral styles, modifiers and the Medicare
 * policies the code definitions declare. Lines read {@code code-modifier-modifier xunits}.
 */
class AblationCodingTest {
  private static final EncounterCoder ENGINE =
      Installation.of(PluginRegistry.ofPlugins(List.of(new RadiofrequencyAblationPlugin()))).directCoder();
  private static final LocalDate DATE = LocalDate.of(2026, 3, 2);

  static Stream<Arguments> cases() {
    return Stream.<Case>of(
        // Joints, not nerves (CPT; A58350: count joints, not nerves).
        row("three contiguous lumbar nerves ablate two joints, one unit each",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(nerves(Laterality.RIGHT,
                MedialBranch.L3, MedialBranch.L4, MedialBranch.L5))),
            List.of("64635-RT x1", "64636-RT x1"), Set.of()),
        row("the S1 dorsal ramus adds to L5-S1 and is not a joint of its own",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(nerves(Laterality.LEFT,
                MedialBranch.L4, MedialBranch.L5, MedialBranch.S1))),
            List.of("64635-LT x1"), Set.of()),
        row("a joint named by level and again by its nerves counts once",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(
                Target.at(SpinalLevel.L4_L5, Laterality.RIGHT),
                nerves(Laterality.RIGHT, MedialBranch.L3, MedialBranch.L4))),
            List.of("64635-RT x1"), Set.of()),
        row("cervical joints climb 64633 then one 64634 per further joint",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(
                Target.at(SpinalLevel.C4_C5, Laterality.RIGHT), Target.at(SpinalLevel.C5_C6, Laterality.RIGHT),
                Target.at(SpinalLevel.C6_C7, Laterality.RIGHT))),
            List.of("64633-RT x1", "64634-RT x2"), Set.of()),
        row("the third occipital nerve with C3 ablates C2-C3 on the neck code",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(nerves(Laterality.LEFT,
                MedialBranch.TON, MedialBranch.C3))),
            List.of("64633-LT x1"), Set.of()),

        // Bilateral handling is the engine's.
        row("bilateral lumbar ablation for Medicare is one 50 line per code",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).addProcedures(ablation(
                Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL), Target.at(SpinalLevel.L5_S1, Laterality.BILATERAL))),
            List.of("64635-50 x1", "64636-50 x1"), Set.of()),
        row("a Medicare ASC facility claim takes RT and LT lines instead of 50",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).setting(Setting.ASC).claimType(ClaimType.FACILITY)
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL),
                    Target.at(SpinalLevel.L5_S1, Laterality.BILATERAL))),
            List.of("64635-RT x1", "64635-LT x1", "64636-RT x1", "64636-LT x1"), Set.of()),
        row("two units on one line when the payer asks for two units",
            e -> e.payer(Payer.COMMERCIAL).bilateralStyle(BilateralStyle.TWO_UNITS)
                .addProcedures(ablation(Target.at(SpinalLevel.C5_C6, Laterality.BILATERAL))),
            List.of("64633 x2"), Set.of()),
        row("a joint on one side only keeps its side beside a bilateral joint",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(
                Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL), Target.at(SpinalLevel.L5_S1, Laterality.LEFT))),
            List.of("64635-50 x1", "64636-LT x1"), Set.of()),

        // Thoracolumbar junction: Medicare per CGS A58364, everyone else per CPT regions.
        row("nerves T11, T12 and L1 ablate T12-L1 and L1-L2, which Medicare codes 64633 and 64636",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).addProcedures(ablation(nerves(Laterality.BILATERAL,
                MedialBranch.T11, MedialBranch.T12, MedialBranch.L1))),
            List.of("64633-50 x1", "64636-50 x1"), Set.of()),
        row("Medicare codes T12-L1 with L1-L2 as 64633 and 64636",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).addProcedures(ablation(
                Target.at(SpinalLevel.T12_L1, Laterality.RIGHT), Target.at(SpinalLevel.L1_L2, Laterality.RIGHT))),
            List.of("64633-RT x1", "64636-RT x1"), Set.of()),
        row("a commercial payer codes T12-L1 and L1-L2 in their own CPT regions",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(
                Target.at(SpinalLevel.T12_L1, Laterality.RIGHT), Target.at(SpinalLevel.L1_L2, Laterality.RIGHT))),
            List.of("64633-RT x1", "64635-RT x1"), Set.of()),
        row("Medicare before the facet LCDs codes the junction by CPT regions",
            e -> e.payer(Payer.MEDICARE).addProcedures(ablation(
                Target.at(SpinalLevel.T12_L1, Laterality.BILATERAL), Target.at(SpinalLevel.L1_L2, Laterality.BILATERAL))),
            List.of("64633-50 x1", "64635-50 x1"), Set.of()).on(LocalDate.of(2020, 6, 1)),
        row("Medicare counts a junction session against the lumbar frequency limit",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL)
                .addHistory(prior("2025-06-10", "RADIOFREQUENCY_ABLATION", Region.LUMBAR_SACRAL, null),
                    prior("2025-12-01", "RFA", Region.LUMBAR_SACRAL, null))
                .addProcedures(ablation(Target.at(SpinalLevel.T12_L1, Laterality.LEFT),
                    Target.at(SpinalLevel.L1_L2, Laterality.LEFT))),
            List.of("64633-LT-GZ x1", "64636-LT-GZ x1"), Set.of("FREQUENCY_LIMIT_EXCEEDED")),

        // Medicare policies declared by the plugin as data.
        row("Medicare splits the third joint level onto its own GZ line",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).addProcedures(ablation(
                Target.at(SpinalLevel.L3_L4, Laterality.BILATERAL), Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL),
                Target.at(SpinalLevel.L5_S1, Laterality.BILATERAL))),
            List.of("64635-50 x1", "64636-50 x1", "64636-50-GZ x1"), Set.of("LEVEL_LIMIT_EXCEEDED")),
        row("a commercial payer has no ablation level limit",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(
                Target.at(SpinalLevel.L3_L4, Laterality.RIGHT), Target.at(SpinalLevel.L4_L5, Laterality.RIGHT),
                Target.at(SpinalLevel.L5_S1, Laterality.RIGHT))),
            List.of("64635-RT x1", "64636-RT x2"), Set.of()),
        row("a third Medicare ablation session in a region within 12 months is an expected denial",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL)
                .addHistory(prior("2025-04-02", "RADIOFREQUENCY_ABLATION", Region.LUMBAR_SACRAL, null),
                    prior("2025-10-20", "RADIOFREQUENCY_ABLATION", Region.LUMBAR_SACRAL, null))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT-GZ x1"), Set.of("FREQUENCY_LIMIT_EXCEEDED")),
        row("an ablation more than 12 months back does not count towards the limit",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL)
                .addHistory(prior("2025-03-01", "RADIOFREQUENCY_ABLATION", Region.LUMBAR_SACRAL, null),
                    prior("2025-10-20", "RADIOFREQUENCY_ABLATION", Region.LUMBAR_SACRAL, null))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of()),
        row("ablations in the other region do not count towards the limit",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL)
                .addHistory(prior("2025-04-02", "RFA", Region.CERVICAL_THORACIC, null),
                    prior("2025-10-20", "RFA", Region.CERVICAL_THORACIC, null))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of()),
        row("a first Medicare ablation without two diagnostic blocks in the region is an expected denial",
            e -> e.payer(Payer.MEDICARE)
                .addHistory(prior("2025-12-01", "FACET", Region.LUMBAR_SACRAL, Purpose.DIAGNOSTIC))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT-GZ x1"), Set.of("DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED")),
        row("with a signed ABN the missing blocks give GA instead of GZ",
            e -> e.payer(Payer.MEDICARE).abnOnFile(true)
                .addHistory(prior("2025-12-01", "FACET", Region.LUMBAR_SACRAL, Purpose.DIAGNOSTIC))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT-GA x1"), Set.of("DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED")),
        row("no history at all: the blocks are not documented here, a warning without GZ",
            e -> e.payer(Payer.MEDICARE)
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of("DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED")),
        row("therapeutic facet injections do not stand in for the diagnostic blocks",
            e -> e.payer(Payer.MEDICARE)
                .addHistory(prior("2025-11-03", "FACET", Region.LUMBAR_SACRAL, Purpose.THERAPEUTIC),
                    prior("2025-12-01", "FACET", Region.LUMBAR_SACRAL, Purpose.THERAPEUTIC))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT-GZ x1"), Set.of("DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED")),
        row("neck blocks do not qualify a low-back ablation",
            e -> medicareAfterTwoBlocks(e, Region.CERVICAL_THORACIC)
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT-GZ x1"), Set.of("DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED")),
        row("an earlier ablation in the region waives the diagnostic blocks for a repeat",
            e -> e.payer(Payer.MEDICARE)
                .addHistory(prior("2024-09-15", "RADIOFREQUENCY_ABLATION", Region.LUMBAR_SACRAL, null))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of()),
        row("a commercial payer is not held to the Medicare diagnostic block rule",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of()),
        row("an ablation never takes KX, even when the caller calls it diagnostic",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).addProcedures(Procedure.builder()
                .family(ProcedureFamily.of("RADIOFREQUENCY_ABLATION")).guidance(Guidance.FLUOROSCOPY)
                .purpose(Purpose.DIAGNOSTIC).addTargets(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)).build()),
            List.of("64635-RT x1"), Set.of()),
        row("Medicare hospital outpatient ablation needs prior authorization",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).setting(Setting.HOSPITAL_OUTPATIENT)
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of("PRIOR_AUTHORIZATION_REQUIRED")),
        row("a prior authorization number satisfies it",
            e -> medicareAfterTwoBlocks(e, Region.LUMBAR_SACRAL).setting(Setting.HOSPITAL_OUTPATIENT)
                .priorAuthorizationNumber("PA-2026-0042")
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of()),
        row("hospital outpatient prior authorization starts on 2023-07-01",
            e -> e.payer(Payer.MEDICARE).setting(Setting.HOSPITAL_OUTPATIENT)
                .addHistory(prior("2022-09-01", "RFA", Region.LUMBAR_SACRAL, null))
                .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of("64635-RT x1"), Set.of()).on(LocalDate.of(2023, 6, 30)),

        // Aliases and guidance.
        row("the RFA alias and CT guidance code like the family name under fluoroscopy",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(Procedure.builder()
                .family(ProcedureFamily.of("rfa")).guidance(Guidance.CT)
                .addTargets(Target.at(SpinalLevel.C5_C6, Laterality.RIGHT)).build()),
            List.of("64633-RT x1"), Set.of()),
        row("an ablation without imaging gets no line and an error",
            e -> e.payer(Payer.MEDICARE).addProcedures(ablation(Guidance.NONE,
                Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of(), Set.of("IMAGING_GUIDANCE_REQUIRED")),
        row("an ultrasound-guided ablation gets no line and an error",
            e -> e.payer(Payer.COMMERCIAL).addProcedures(ablation(Guidance.ULTRASOUND,
                Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))),
            List.of(), Set.of("IMAGING_GUIDANCE_REQUIRED")),
        row("a refused unguided ablation leaves the guided one beside it coded",
            e -> e.payer(Payer.COMMERCIAL)
                .addProcedures(ablation(Guidance.NONE, Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)))
                .addProcedures(ablation(Target.at(SpinalLevel.C5_C6, Laterality.LEFT))),
            List.of("64633-LT x1"), Set.of("IMAGING_GUIDANCE_REQUIRED")))
        .map(c -> Arguments.of(c.behaviour, c.encounter, c.date, c.lines, c.rules));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codes(String behaviour, UnaryOperator<Encounter.Builder> encounter, LocalDate date, List<String> lines,
      Set<String> rules) {
    CodingResult result = ENGINE.code(encounter.apply(Encounter.builder().id("case").dateOfService(date)).build());

    assertThat(shapes(result.lines())).as("lines").containsExactlyInAnyOrderElementsOf(lines);
    assertThat(rules(result)).as("WARNING and ERROR rules").isEqualTo(new TreeSet<>(rules));
  }

  @Test
  void the_missing_blocks_finding_names_the_region_the_codes_and_its_lcd() {
    CodingResult result = ENGINE.code(Encounter.builder().dateOfService(DATE).payer(Payer.MEDICARE)
        .addHistory(prior("2025-12-01", "RFA", Region.CERVICAL_THORACIC, null))
        .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL),
            Target.at(SpinalLevel.L5_S1, Laterality.BILATERAL)))
        .build());

    Finding finding = only(result, "DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.codes()).containsExactly("64635", "64636");
    assertThat(finding.message()).contains("lumbar/sacral region: 0 in the history").contains("GZ");
    assertThat(finding.source()).contains("L38803").contains("A58405");
  }

  @Test
  void without_any_history_the_missing_blocks_are_a_warning_to_document_them_and_no_line_is_marked() {
    CodingResult result = ENGINE.code(Encounter.builder().dateOfService(DATE).payer(Payer.MEDICARE)
        .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT))).build());

    Finding finding = only(result, "DIAGNOSTIC_BLOCKS_NOT_DOCUMENTED");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message()).contains("not documented here").doesNotContain("GZ");
    assertThat(result.lines()).allSatisfy(line -> assertThat(line.modifiers()).doesNotContain(Modifier.GZ));
  }

  @Test
  void the_frequency_finding_cites_the_lcd_and_counts_ablation_sessions() {
    CodingResult result = ENGINE.code(Encounter.builder().dateOfService(DATE).payer(Payer.MEDICARE)
        .addHistory(prior("2025-05-05", "RFA", Region.CERVICAL_THORACIC, null),
            prior("2025-11-05", "RFA", Region.CERVICAL_THORACIC, null))
        .addProcedures(ablation(Target.at(SpinalLevel.C5_C6, Laterality.RIGHT)))
        .build());

    Finding finding = only(result, "FREQUENCY_LIMIT_EXCEEDED");
    assertThat(finding.message()).contains("at most 2 radiofrequency ablation sessions per cervical/thoracic region");
    assertThat(finding.source()).contains("L38803");
  }

  @Test
  void imaging_refusal_says_what_cpt_directs_instead() {
    CodingResult result = ENGINE.code(Encounter.builder().dateOfService(DATE).payer(Payer.COMMERCIAL)
        .addProcedures(ablation(Guidance.NONE, Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)))
        .build());

    Finding finding = only(result, "IMAGING_GUIDANCE_REQUIRED");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.message()).contains("64999").contains("fluoroscopy or CT");
    assertThat(result.lines()).isEmpty();
  }

  @Test
  void junction_coding_is_explained_with_its_billing_article() {
    CodingResult result = ENGINE.code(Encounter.builder().dateOfService(DATE).payer(Payer.MEDICARE)
        .addProcedures(ablation(Target.at(SpinalLevel.T12_L1, Laterality.RIGHT),
            Target.at(SpinalLevel.L1_L2, Laterality.RIGHT)))
        .build());

    Finding finding = only(result, "THORACOLUMBAR_JUNCTION");
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.source()).contains("A58364");
  }

  @Test
  void labels_are_our_own_words_on_the_claim_lines() {
    CodingResult result = ENGINE.code(Encounter.builder().dateOfService(DATE).payer(Payer.COMMERCIAL)
        .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT), Target.at(SpinalLevel.L5_S1, Laterality.RIGHT)))
        .build());

    assertThat(result.lines()).extracting(ClaimLine::label).containsExactly(
        "Facet joint nerve ablation, low back, first joint", "Facet joint nerve ablation, low back, each further joint");
    assertThat(result.lines()).extracting(ClaimLine::levels).containsExactly(List.of("L4-L5"), List.of("L5-S1"));
  }

  @Test
  void a_level_without_a_facet_joint_is_invalid_input_naming_the_field() {
    Encounter encounter = Encounter.builder().dateOfService(DATE).payer(Payer.COMMERCIAL)
        .addProcedures(ablation(Target.at(SpinalLevel.L5_S1, Laterality.LEFT), Target.at(SpinalLevel.S1, Laterality.LEFT)))
        .build();

    assertThatThrownBy(() -> ENGINE.code(encounter))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("procedures[0].targets[1].level"));
  }

  @Test
  void a_target_without_a_side_is_invalid_input_even_when_the_session_is_refused() {
    Encounter encounter = Encounter.builder().dateOfService(DATE).payer(Payer.COMMERCIAL)
        .addProcedures(ablation(Guidance.NONE, Target.builder().level(SpinalLevel.L4_L5).build()))
        .build();

    assertThatThrownBy(() -> ENGINE.code(encounter))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("procedures[0].targets[0].side"));
  }

  @Test
  void history_of_ablations_needs_no_purpose_but_facet_history_does() {
    Encounter withoutPurpose = Encounter.builder().dateOfService(DATE).payer(Payer.MEDICARE)
        .addHistory(prior("2025-12-01", "FACET", Region.LUMBAR_SACRAL, null))
        .addProcedures(ablation(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)))
        .build();

    assertThatThrownBy(() -> ENGINE.code(withoutPurpose))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("history[0].purpose"));
  }

  private static Case row(String behaviour, UnaryOperator<Encounter.Builder> encounter,
      List<String> lines, Set<String> rules) {
    return new Case(behaviour, encounter, DATE, lines, rules);
  }

  /** One row of the table; coded on {@link #DATE} unless {@link #on} says otherwise. */
  private record Case(String behaviour, UnaryOperator<Encounter.Builder> encounter, LocalDate date,
      List<String> lines, Set<String> rules) {
    Case on(LocalDate other) {
      return new Case(behaviour, encounter, other, lines, rules);
    }
  }

  /** Medicare, with the two diagnostic facet sessions a first ablation in the region needs. */
  private static Encounter.Builder medicareAfterTwoBlocks(Encounter.Builder encounter, Region region) {
    return encounter.payer(Payer.MEDICARE)
        .addHistory(prior("2025-11-03", "FACET", region, Purpose.DIAGNOSTIC),
            prior("2025-11-24", "FACET", region, Purpose.DIAGNOSTIC));
  }

  private static Procedure ablation(Target... targets) {
    return ablation(Guidance.FLUOROSCOPY, targets);
  }

  private static Procedure ablation(Guidance guidance, Target... targets) {
    return Procedure.builder().family(ProcedureFamily.of("RADIOFREQUENCY_ABLATION")).guidance(guidance)
        .addTargets(targets).build();
  }

  private static Target nerves(Laterality side, MedialBranch... nerves) {
    return Target.builder().addNerves(nerves).side(side).build();
  }

  private static PriorSession prior(String date, String family, Region region, Purpose purpose) {
    PriorSession.Builder prior = PriorSession.builder().dateOfService(LocalDate.parse(date))
        .family(ProcedureFamily.of(family)).region(region);
    if (purpose != null) {
      prior.purpose(purpose);
    }
    return prior.build();
  }

  private static List<String> shapes(List<ClaimLine> lines) {
    List<String> shapes = new ArrayList<>();
    for (ClaimLine line : lines) {
      StringBuilder shape = new StringBuilder(line.code());
      for (Modifier modifier : line.modifiers()) {
        shape.append('-').append(modifier.code());
      }
      shapes.add(shape.append(" x").append(line.units()).toString());
    }
    return shapes;
  }

  private static Set<String> rules(CodingResult result) {
    return result.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(Finding::rule)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Finding only(CodingResult result, String rule) {
    List<Finding> found = result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).as(rule + " findings in " + result.findings()).hasSize(1);
    return found.get(0);
  }
}
