package org.spinecode.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.fixture.Catalogue;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * Climbing a ladder: levels counted once across both sides, head to tail; each level carries its
 * own sides; the once-per-session rung covers every further level with every side found there.
 */
class CodeLadderTest {
  private static final CodeCatalogue CODES = Catalogue.codes();
  private static final CodeLadder LUMBAR = Catalogue.ladder(CODES, Region.LUMBAR_SACRAL);

  @Test
  void levels_count_once_across_both_sides_from_head_to_tail_whatever_the_input_order() {
    List<CodedService> services = LUMBAR.climb(List.of(
        at("L5-S1", Side.LEFT, 0), at("L4-L5", Side.RIGHT, 1), at("L4-L5", Side.LEFT, 2)), Region.LUMBAR_SACRAL);

    assertThat(shape(services)).isEqualTo("T0101 RIGHT [L4-L5], T0101 LEFT [L4-L5], T0102 LEFT [L5-S1]");
  }

  @Test
  void the_once_per_session_rung_is_one_unit_per_side_for_every_further_level() {
    List<CodedService> services = LUMBAR.climb(List.of(at("L1-L2", Side.RIGHT, 0), at("L2-L3", Side.RIGHT, 1),
        at("L3-L4", Side.RIGHT, 2), at("L4-L5", Side.LEFT, 3), at("L5-S1", Side.RIGHT, 4)), Region.LUMBAR_SACRAL);

    assertThat(shape(services)).isEqualTo("T0101 RIGHT [L1-L2], T0102 RIGHT [L2-L3], "
        + "T0103 RIGHT [L3-L4, L4-L5, L5-S1], T0103 LEFT [L3-L4, L4-L5, L5-S1]");
  }

  @Test
  void a_level_named_twice_on_a_side_counts_once_and_keeps_the_first_purpose_in_input_order() {
    List<CodedService> services = LUMBAR.climb(List.of(
        Placement.of(SpinalLevel.L4_L5, Side.RIGHT, Optional.of(Purpose.THERAPEUTIC), 5),
        Placement.of(SpinalLevel.L4_L5, Side.RIGHT, Optional.of(Purpose.DIAGNOSTIC), 2)), Region.LUMBAR_SACRAL);

    assertThat(services).singleElement().satisfies(service -> {
      assertThat(service.purpose()).contains(Purpose.DIAGNOSTIC);
      assertThat(service.order()).isEqualTo(2);
    });
  }

  @Test
  void the_region_given_is_the_one_payer_limits_count_in() {
    assertThat(LUMBAR.climb(List.of(at("L4-L5", Side.RIGHT, 0)), Region.CERVICAL_THORACIC))
        .extracting(CodedService::region).containsExactly(Region.CERVICAL_THORACIC);
  }

  @Test
  void a_ladder_needs_a_primary() {
    assertThatThrownBy(() -> CodeLadder.of(null)).isInstanceOf(RuntimeException.class);
  }

  private static Placement at(String level, Side side, int order) {
    return Placement.of(SpinalLevel.parse(level), side, Optional.of(Purpose.THERAPEUTIC), order);
  }

  private static String shape(List<CodedService> services) {
    return services.stream().map(s -> s.code().code() + " " + s.side() + " " + s.levels())
        .collect(Collectors.joining(", "));
  }
}
