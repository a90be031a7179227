package org.spinecode.domain.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/** A placement is a value: equal by level, side, purpose and order; it hands back the purpose it was given. */
class PlacementTest {

  @Test
  void equal_by_every_field() {
    Placement placement = Placement.of(SpinalLevel.L4_L5, Side.RIGHT, Optional.of(Purpose.DIAGNOSTIC), 3);

    assertThat(placement).isEqualTo(Placement.of(SpinalLevel.L4_L5, Side.RIGHT, Optional.of(Purpose.DIAGNOSTIC), 3))
        .hasSameHashCodeAs(Placement.of(SpinalLevel.L4_L5, Side.RIGHT, Optional.of(Purpose.DIAGNOSTIC), 3))
        .isNotEqualTo(Placement.of(SpinalLevel.L5_S1, Side.RIGHT, Optional.of(Purpose.DIAGNOSTIC), 3))
        .isNotEqualTo(Placement.of(SpinalLevel.L4_L5, Side.LEFT, Optional.of(Purpose.DIAGNOSTIC), 3))
        .isNotEqualTo(Placement.of(SpinalLevel.L4_L5, Side.RIGHT, Optional.empty(), 3))
        .isNotEqualTo(Placement.of(SpinalLevel.L4_L5, Side.RIGHT, Optional.of(Purpose.DIAGNOSTIC), 4));
    assertThat(placement.toString()).isEqualTo("Placement{level=L4-L5, side=RIGHT, purpose=DIAGNOSTIC, order=3}");
  }

  @Test
  void the_purpose_read_is_the_one_given_not_a_new_optional_each_time() {
    Optional<Purpose> purpose = Optional.of(Purpose.THERAPEUTIC);
    Placement placement = Placement.of(SpinalLevel.L4_L5, Side.RIGHT, purpose, 0);

    assertThat(placement.purpose()).isSameAs(purpose);
    assertThat(placement.purpose()).isSameAs(placement.purpose());
  }
}
