package org.spinecode.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.fixture.Catalogue;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.SpinalLevel;

/** Targets become per-side placements; what a family does not accept is refused naming the field. */
class PlacementRulesTest {
  private static final PlacementRules JOINTS = PlacementRules.forFamily("block").acceptingNerves().requiringPurpose()
      .levels(level -> level.compareTo(SpinalLevel.L1_L2) >= 0 && level.isSegment(), "lumbar joints only");

  @Test
  void a_bilateral_target_places_its_level_on_each_side_and_nerves_become_their_joints() {
    List<Placement> placements = JOINTS.place(session(Purpose.DIAGNOSTIC,
        Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL),
        Target.builder().addNerves(MedialBranch.L4, MedialBranch.L5).side(Laterality.LEFT).build()));

    assertThat(placements).extracting(p -> p.level() + " " + p.side())
        .containsExactly("L4-L5 RIGHT", "L4-L5 LEFT", "L5-S1 LEFT");
    assertThat(placements).extracting(Placement::order).containsExactly(0, 0, 1);
  }

  @Test
  void a_missing_side_or_purpose_and_a_level_outside_the_family_name_the_field() {
    assertThatThrownBy(() -> JOINTS.place(session(Purpose.DIAGNOSTIC, Target.builder().level(SpinalLevel.L4_L5).build())))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("procedures[0].targets[0].side"));
    assertThatThrownBy(() -> JOINTS.place(session(null, Target.at(SpinalLevel.L4_L5, Laterality.LEFT))))
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("procedures[0].purpose"));
    assertThatThrownBy(() -> JOINTS.place(session(Purpose.DIAGNOSTIC, Target.at(SpinalLevel.C5_C6, Laterality.LEFT))))
        .hasMessage("procedures[0].targets[0].level: C5-C6 is not a block level: lumbar joints only");
  }

  @Test
  void a_family_that_takes_levels_only_refuses_nerves() {
    PlacementRules levelsOnly = PlacementRules.forFamily("epidural");
    assertThatThrownBy(() -> levelsOnly.place(session(Purpose.DIAGNOSTIC,
        Target.builder().addNerves(MedialBranch.L4, MedialBranch.L5).side(Laterality.LEFT).build())))
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("procedures[0].targets[0].nerves"));
  }

  private static Session session(Purpose purpose, Target... targets) {
    Procedure.Builder procedure = Procedure.builder().family(Catalogue.BLOCK).guidance(Guidance.FLUOROSCOPY)
        .addTargets(targets);
    if (purpose != null) {
      procedure.purpose(purpose);
    }
    return Session.builder().dateOfService(Catalogue.DATE).payer(Payer.MEDICARE).setting(Setting.OFFICE)
        .family(Catalogue.BLOCK).guidance(Guidance.FLUOROSCOPY).addProcedures(SessionProcedure.of(0, procedure.build()))
        .build();
  }
}
