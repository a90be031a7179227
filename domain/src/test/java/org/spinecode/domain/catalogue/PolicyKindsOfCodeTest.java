package org.spinecode.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.fixture.Catalogue;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.policy.RegionLimit;
import org.spinecode.domain.spine.Region;

/** The kinds a code has policies of, per payer: what lets a claim skip the checks of other kinds. */
class PolicyKindsOfCodeTest {

  @Test
  void namesTheKindsOfTheCodesPoliciesForTheirPayerOnly() {
    CodeDefinition code = Catalogue.code("T0101", Region.LUMBAR_SACRAL, List.of(), Quantity.PER_LEVEL,
        List.of(Catalogue.TWO_LEVELS, Catalogue.KX, Catalogue.FOUR_SESSIONS));

    long medicare = code.policyKinds(Payer.MEDICARE);
    assertThat(medicare & LevelLimit.KIND.bit()).isNotZero();
    assertThat(medicare & PurposeModifier.KIND.bit()).isNotZero();
    assertThat(medicare & FrequencyLimit.KIND.bit()).isNotZero();
    assertThat(medicare & RegionLimit.KIND.bit()).isZero();
    assertThat(medicare & PriorAuthorization.KIND.bit()).isZero();
    assertThat(code.policyKinds(Payer.COMMERCIAL)).isZero();
  }

  @Test
  void aCodeWithoutPoliciesHasNoKinds() {
    CodeDefinition code = Catalogue.code("T0101", Region.LUMBAR_SACRAL, List.of(), Quantity.PER_LEVEL, List.of());
    for (Payer payer : Payer.values()) {
      assertThat(code.policyKinds(payer)).isZero();
    }
  }

  @Test
  void everyKindHasItsOwnBit() {
    assertThat(List.of(LevelLimit.KIND.bit(), RegionLimit.KIND.bit(), FrequencyLimit.KIND.bit(),
        PurposeModifier.KIND.bit(), PriorAuthorization.KIND.bit())).doesNotHaveDuplicates()
        .allSatisfy(bit -> assertThat(Long.bitCount(bit)).isEqualTo(1));
  }
}
