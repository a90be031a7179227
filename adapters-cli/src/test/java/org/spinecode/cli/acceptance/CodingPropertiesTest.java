package org.spinecode.cli.acceptance;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.Target;
import org.spinecode.plugin.host.PluginDiscovery;

/** Invariants of every coding, over thousands of generated encounters of the shipped families. */
class CodingPropertiesTest {
  private static final Installation PRODUCT = Installation.of(PluginDiscovery.fromClassPath());
  private static final EncounterCoder ENGINE = PRODUCT.directCoder();
  private static final CodeCatalogue CATALOGUE = PRODUCT.catalogue();

  @Test
  void every_line_has_positive_units_and_modifiers_in_claim_order() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      for (ClaimLine line : ENGINE.code(EncounterGenerator.encounter(seed)).lines()) {
        assertThat(line.units()).isPositive();
        List<Modifier> sorted = new ArrayList<>(line.modifiers());
        Collections.sort(sorted);
        assertThat(line.modifiers()).as("seed " + seed).isEqualTo(sorted);
        assertThat(line.modifiers().contains(Modifier.KX)
            && (line.modifiers().contains(Modifier.GZ) || line.modifiers().contains(Modifier.GA)))
            .as("expected-denial lines drop KX, seed " + seed).isFalse();
      }
    });
  }

  @Test
  void an_add_on_never_appears_without_one_of_its_primaries() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      CodingResult result = ENGINE.code(EncounterGenerator.encounter(seed));
      Set<String> codes = new HashSet<>();
      result.lines().forEach(line -> codes.add(line.code()));
      for (ClaimLine line : result.lines()) {
        CodeDefinition code = CATALOGUE.find(line.code()).orElseThrow();
        if (code.isAddOn()) {
          assertThat(code.addOnTo()).as(line.code() + " needs a primary, seed " + seed).anyMatch(codes::contains);
        }
      }
    });
  }

  @Test
  void no_two_lines_share_a_code_and_modifiers() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Set<String> seen = new HashSet<>();
      for (ClaimLine line : ENGINE.code(EncounterGenerator.encounter(seed)).lines()) {
        assertThat(seen.add(line.code() + line.modifiers())).as("duplicate " + line + ", seed " + seed).isTrue();
      }
    });
  }

  @Test
  void coding_is_deterministic() {
    qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      Encounter encounter = EncounterGenerator.encounter(seed);
      assertThat(ENGINE.code(encounter)).isEqualTo(ENGINE.code(encounter));
    });
  }

  @Test
  void target_order_within_a_region_does_not_change_the_claim() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Encounter encounter = EncounterGenerator.oneRegion(seed);
      Encounter shuffled = shuffleTargets(encounter, new Random(seed));
      assertThat(shape(ENGINE.code(shuffled))).as("seed " + seed).isEqualTo(shape(ENGINE.code(encounter)));
    });
  }

  @Test
  void procedure_order_within_a_region_does_not_change_the_claim() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Encounter encounter = EncounterGenerator.oneRegion(seed);
      if (mixesPurposesWithinAFamily(encounter)) {
        return; // the earliest procedure's purpose decides a shared level: input order matters there by design
      }
      Encounter shuffled = shuffleTargets(encounter, new Random(seed));
      List<Procedure> procedures = new ArrayList<>(shuffled.procedures());
      Collections.shuffle(procedures, new Random(seed + 1));
      Encounter reordered = withProcedures(shuffled, procedures);
      assertThat(shape(ENGINE.code(reordered))).as("seed " + seed).isEqualTo(shape(ENGINE.code(encounter)));
    });
  }

  /** CONTRACT.md v2: modifier 50 joins the two sides of one level, never two levels. */
  @Test
  void a_line_never_joins_two_levels_under_modifier_50_outside_the_third_and_beyond_codes() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      for (ClaimLine line : ENGINE.code(EncounterGenerator.encounter(seed)).lines()) {
        CodeDefinition code = CATALOGUE.find(line.code()).orElseThrow();
        if (line.modifiers().contains(Modifier.BILATERAL) && code.quantity() == Quantity.PER_LEVEL) {
          assertThat(line.levels()).as(line + ", seed " + seed).hasSize(line.units());
        }
      }
    });
  }

  @Test
  void the_units_of_a_line_never_exceed_the_levels_and_sides_behind_it() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      for (ClaimLine line : ENGINE.code(EncounterGenerator.encounter(seed)).lines()) {
        CodeDefinition code = CATALOGUE.find(line.code()).orElseThrow();
        boolean bothSidesOnOneLine = code.lateral() && !line.modifiers().contains(Modifier.RIGHT)
            && !line.modifiers().contains(Modifier.LEFT) && !line.modifiers().contains(Modifier.BILATERAL);
        int most = code.quantity() == Quantity.ONCE_PER_SESSION || !code.lateral() ? 1 : line.levels().size();
        assertThat(line.units()).as(line + ", seed " + seed).isLessThanOrEqualTo(bothSidesOnOneLine ? 2 * most : most);
      }
    });
  }

  private static boolean mixesPurposesWithinAFamily(Encounter encounter) {
    java.util.Map<Object, Object> purposes = new java.util.HashMap<>();
    for (Procedure procedure : encounter.procedures()) {
      Object before = purposes.putIfAbsent(procedure.family(), procedure.purpose());
      if (before != null && !before.equals(procedure.purpose())) {
        return true;
      }
    }
    return false;
  }

  private static Encounter shuffleTargets(Encounter encounter, Random random) {
    List<Procedure> procedures = new ArrayList<>();
    for (Procedure procedure : encounter.procedures()) {
      List<Target> targets = new ArrayList<>(procedure.targets());
      Collections.shuffle(targets, random);
      procedures.add(Procedure.builder().family(procedure.family()).guidance(procedure.guidance())
          .purpose(procedure.purpose()).approach(procedure.approach())
          .indwellingCatheter(procedure.indwellingCatheter()).addAllTargets(targets).build());
    }
    return withProcedures(encounter, procedures);
  }

  private static Encounter withProcedures(Encounter encounter, List<Procedure> procedures) {
    return Encounter.builder().dateOfService(encounter.dateOfService())
        .payer(encounter.payer()).setting(encounter.setting()).claimType(encounter.claimType())
        .bilateralStyle(encounter.bilateralStyle()).abnOnFile(encounter.abnOnFile())
        .priorAuthorizationNumber(encounter.priorAuthorizationNumber()).addAllHistory(encounter.history())
        .addAllProcedures(procedures).build();
  }

  /** Lines as a sorted multiset of code, modifiers and units, and the rule ids found. */
  private static List<String> shape(CodingResult result) {
    List<String> shape = new ArrayList<>();
    result.lines().forEach(line -> shape.add(line.code() + line.modifiers() + "x" + line.units()));
    result.findings().forEach(finding -> shape.add(finding.rule() + new java.util.TreeSet<>(finding.codes())));
    Collections.sort(shape);
    return shape;
  }
}
