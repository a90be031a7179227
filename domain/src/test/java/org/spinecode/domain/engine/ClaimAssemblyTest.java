package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecode.domain.fixture.Encounters.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.fixture.Catalogue;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * Claim lines from coded services, in each bilateral style (CONTRACT.md "Levels and sides"):
 * modifier 50 joins only the two sides of one level, RT/LT lines count each side's levels, two
 * units keep one-sided levels on their own RT or LT line, and expected denials go on their own line.
 */
class ClaimAssemblyTest {
  private static final CodeCatalogue CODES = Catalogue.codes();

  @Test
  void modifier_50_joins_the_two_sides_of_one_level_and_never_two_levels() {
    List<Billable> bilateral = billables(service("T0101", Side.RIGHT, "L4-L5"), service("T0101", Side.LEFT, "L4-L5"));
    List<Billable> crossed = billables(service("T0101", Side.RIGHT, "L4-L5"), service("T0102", Side.LEFT, "L5-S1"));

    assertThat(lines(new ClaimAssembly().lines(bilateral, BilateralStyle.MODIFIER_50, Modifier.GZ))).isEqualTo("T0101-50 x1");
    assertThat(lines(new ClaimAssembly().lines(crossed, BilateralStyle.MODIFIER_50, Modifier.GZ)))
        .isEqualTo("T0101-RT x1, T0102-LT x1");
  }

  @Test
  void lines_with_the_same_code_and_modifiers_add_their_units() {
    List<Billable> twoAddOns = billables(service("T0101", Side.RIGHT, "L3-L4"), service("T0101", Side.LEFT, "L3-L4"),
        service("T0102", Side.RIGHT, "L4-L5"), service("T0102", Side.LEFT, "L4-L5"),
        service("T0102", Side.RIGHT, "L5-S1"), service("T0102", Side.LEFT, "L5-S1"));

    assertThat(lines(new ClaimAssembly().lines(twoAddOns, BilateralStyle.MODIFIER_50, Modifier.GZ)))
        .isEqualTo("T0101-50 x1, T0102-50 x2");
  }

  @Test
  void rt_lt_lines_count_each_side_s_levels() {
    List<Billable> billables = billables(service("T0101", Side.RIGHT, "L4-L5"), service("T0101", Side.LEFT, "L4-L5"),
        service("T0102", Side.RIGHT, "L5-S1"));

    assertThat(lines(new ClaimAssembly().lines(billables, BilateralStyle.RT_LT_LINES, Modifier.GZ)))
        .isEqualTo("T0101-RT x1, T0101-LT x1, T0102-RT x1");
  }

  @Test
  void two_units_put_bilateral_levels_on_one_unsided_line_and_keep_one_sided_levels_sided() {
    List<Billable> billables = billables(service("T0101", Side.RIGHT, "L4-L5"), service("T0101", Side.LEFT, "L4-L5"),
        service("T0102", Side.RIGHT, "L5-S1"));

    assertThat(lines(new ClaimAssembly().lines(billables, BilateralStyle.TWO_UNITS, Modifier.GZ)))
        .isEqualTo("T0101 x2, T0102-RT x1");
  }

  @Test
  void an_expected_denial_goes_on_its_own_line_with_the_abn_modifier_and_no_attestation() {
    List<Billable> billables = billables(service("T0101", Side.RIGHT, "L4-L5"), service("T0102", Side.RIGHT, "L5-S1"));
    billables.get(0).attestation = Modifier.KX;
    billables.get(1).expectedDenial = true;

    assertThat(lines(new ClaimAssembly().lines(billables, BilateralStyle.MODIFIER_50, Modifier.GA)))
        .isEqualTo("T0101-RT-KX x1, T0102-RT-GA x1");
  }

  @Test
  void one_assembly_hands_claims_of_one_shape_the_same_line_and_builds_every_other_shape() {
    ClaimAssembly assembly = new ClaimAssembly();
    List<ClaimLine> first = assembly.lines(billables(service("T0101", Side.RIGHT, "L4-L5")),
        BilateralStyle.MODIFIER_50, Modifier.GZ);
    List<ClaimLine> again = assembly.lines(billables(service("T0101", Side.RIGHT, "L4-L5")),
        BilateralStyle.MODIFIER_50, Modifier.GZ);
    List<ClaimLine> otherLevel = assembly.lines(billables(service("T0101", Side.RIGHT, "L5-S1")),
        BilateralStyle.MODIFIER_50, Modifier.GZ);
    List<ClaimLine> otherSide = assembly.lines(billables(service("T0101", Side.LEFT, "L4-L5")),
        BilateralStyle.MODIFIER_50, Modifier.GZ);

    assertThat(again.get(0)).isSameAs(first.get(0));
    assertThat(first.get(0).levels()).containsExactly("L4-L5");
    assertThat(otherLevel.get(0).levels()).containsExactly("L5-S1");
    assertThat(lines(otherSide)).isEqualTo("T0101-LT x1");
  }

  @Test
  void a_kept_line_lists_its_modifiers_in_claim_order_whatever_order_they_were_given() {
    KeptLines kept = new KeptLines();
    ClaimLine line = kept.line(CODES.find("T0101").orElseThrow(),
        KeptLines.bit(Modifier.GZ) | KeptLines.bit(Modifier.KX) | KeptLines.bit(Modifier.RIGHT), 2,
        LevelBits.of(List.of(SpinalLevel.parse("L4-L5"), SpinalLevel.parse("L5-S1"))));

    assertThat(line.modifiers()).containsExactly(Modifier.RIGHT, Modifier.KX, Modifier.GZ);
    assertThat(line.units()).isEqualTo(2);
    assertThat(line.levels()).containsExactly("L4-L5", "L5-S1");
    assertThat(kept.line(CODES.find("T0101").orElseThrow(), KeptLines.bit(Modifier.RIGHT), 2,
        LevelBits.of(List.of(SpinalLevel.parse("L4-L5"))))).isNotSameAs(line);
  }

  private static CodedService service(String code, Side side, String level) {
    return CodedService.builder().code(CODES.find(code).orElseThrow()).side(side)
        .addLevels(SpinalLevel.parse(level)).purpose(Optional.of(Purpose.THERAPEUTIC)).order(0).build();
  }

  private static List<Billable> billables(CodedService... services) {
    List<Billable> billables = new ArrayList<>();
    for (CodedService service : services) {
      billables.add(new Billable(service, 0, CODES.rank(service.code().code())));
    }
    return billables;
  }
}
