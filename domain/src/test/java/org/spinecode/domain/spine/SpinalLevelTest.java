package org.spinecode.domain.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecode.domain.InvalidInputException;

class SpinalLevelTest {

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({"L4-L5, L4_L5", "l4-l5, L4_L5", "L4-5, L4_L5", "L4/L5, L4_L5", "' C5 - C6 ', C5_C6", "T12-L1, T12_L1",
      "C7-T1, C7_T1", "L5-S1, L5_S1", "S1, S1", "s2, S2"})
  void reads_levels_the_way_coders_write_them(String text, SpinalLevel level) {
    assertThat(SpinalLevel.parse(text)).isEqualTo(level);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"L6-S1", "L3-L5", "L5-S2", "S5", "C0-C1", "", "lumbar", "sacral hiatus"})
  void refuses_what_is_not_an_adjacent_segment_or_sacral_foramen(String text) {
    assertThatThrownBy(() -> SpinalLevel.parse(text)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(text);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"C7_T1, CERVICAL_THORACIC", "T12_L1, CERVICAL_THORACIC", "L1_L2, LUMBAR_SACRAL",
      "L5_S1, LUMBAR_SACRAL", "S1, LUMBAR_SACRAL", "SACRAL_HIATUS, LUMBAR_SACRAL"})
  void the_thoracolumbar_junction_codes_with_the_thoracic_codes_and_sacral_sites_with_the_lumbar(
      SpinalLevel level, Region region) {
    assertThat(level.region()).isEqualTo(region);
  }
}
