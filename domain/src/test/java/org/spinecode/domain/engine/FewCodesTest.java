package org.spinecode.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The codes a finding touches: in the order first added, each once. */
class FewCodesTest {

  @Test
  void keeps_the_order_first_added_without_repeats() {
    FewCodes codes = new FewCodes();

    assertThat(codes.add("64494")).isTrue();
    assertThat(codes.add("64493")).isTrue();
    assertThat(codes.add("64494")).isFalse();
    codes.addAll(List.of("64495", "64493"));

    assertThat(codes.toList()).containsExactly("64494", "64493", "64495");
    assertThat(codes).hasSize(3).contains("64495").doesNotContain("64490");
  }
}
