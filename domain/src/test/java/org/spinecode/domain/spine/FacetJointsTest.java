package org.spinecode.domain.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecode.domain.InvalidInputException;

class FacetJointsTest {

  @ParameterizedTest(name = "{0} block {1}")
  @CsvSource(delimiter = '|', textBlock = """
      TON C3       | C2-C3
      C3 C4        | C3-C4
      C7 C8        | C7-T1
      C8 T1        | T1-T2
      T11 T12      | T12-L1
      T12 L1       | L1-L2
      L3 L4        | L4-L5
      L3 L4 L5     | L4-L5 L5-S1
      L4 L5 S1     | L5-S1
      L5 L4 L3 L4  | L4-L5 L5-S1
      C4 C5 C6 C7  | C4-C5 C5-C6 C6-C7
      TON          | C2-C3
      TON C3 C4    | C2-C3 C3-C4
      """)
  void k_contiguous_nerves_block_k_minus_one_joints(String nerves, String joints) {
    List<MedialBranch> branches = Arrays.stream(nerves.split(" ")).map(MedialBranch::parse).toList();

    assertThat(FacetJoints.fromNerves(branches)).extracting(SpinalLevel::label)
        .containsExactly(joints.split(" "));
  }

  /** L33930: C2-C3 "has a singular nerve supply from the third occipital nerve". */
  @org.junit.jupiter.api.Test
  void the_third_occipital_nerve_alone_blocks_c2_c3_per_l33930() {
    assertThat(FacetJoints.fromNerves(List.of(MedialBranch.TON))).containsExactly(SpinalLevel.C2_C3);
  }

  @ParameterizedTest(name = "{0}: nerve at {1} completes no joint")
  @CsvSource(delimiter = '|', textBlock = """
      L3       | [0]
      L2 L4    | [0]
      L3 L4 L1 | [2]
      S1 L5    | [0]
      L3 L4 S1 | [2]
      C3       | [0]
      """)
  void a_nerve_that_completes_no_joint_is_refused_naming_its_position(String nerves, String field) {
    List<MedialBranch> branches = Arrays.stream(nerves.split(" ")).map(MedialBranch::parse).toList();

    assertThatThrownBy(() -> FacetJoints.fromNerves(branches)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  @ParameterizedTest(name = "{0} is supplied by {1}")
  @CsvSource({"C2_C3, TON C3", "C7_T1, C7 C8", "T12_L1, T11 T12", "L5_S1, L4 L5"})
  void each_joint_names_the_two_nerves_that_supply_it(SpinalLevel joint, String nerves) {
    assertThat(FacetJoints.nervesOf(joint)).extracting(Enum::name).containsExactly(nerves.split(" "));
  }
}
