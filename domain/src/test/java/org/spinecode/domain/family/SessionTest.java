package org.spinecode.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.SpinalLevel;

/** A session is a value that owns its procedures; the builder names the field it misses. */
class SessionTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
  private static final ProcedureFamily FAMILY = ProcedureFamily.of("session-test");

  @Test
  void equal_by_every_field_and_built_alike_by_builder_and_factory() {
    List<SessionProcedure> procedures = List.of(procedure(0, Guidance.FLUOROSCOPY));
    Session session = Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.FLUOROSCOPY, procedures);

    assertThat(session).isEqualTo(Session.builder().dateOfService(DATE).payer(Payer.MEDICARE).setting(Setting.OFFICE)
            .family(FAMILY).guidance(Guidance.FLUOROSCOPY).addAllProcedures(procedures).build())
        .hasSameHashCodeAs(Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.FLUOROSCOPY, procedures))
        .isNotEqualTo(Session.of(DATE.plusDays(1), Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.FLUOROSCOPY, procedures))
        .isNotEqualTo(Session.of(DATE, Payer.COMMERCIAL, Setting.OFFICE, FAMILY, Guidance.FLUOROSCOPY, procedures))
        .isNotEqualTo(Session.of(DATE, Payer.MEDICARE, Setting.ASC, FAMILY, Guidance.FLUOROSCOPY, procedures))
        .isNotEqualTo(Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, ProcedureFamily.of("other"), Guidance.FLUOROSCOPY,
            procedures))
        .isNotEqualTo(Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.CT, procedures))
        .isNotEqualTo(Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.FLUOROSCOPY,
            List.of(procedure(1, Guidance.FLUOROSCOPY))));
  }

  @Test
  void keeps_its_own_copy_of_a_list_that_may_change_and_shares_an_immutable_one() {
    List<SessionProcedure> growing = new ArrayList<>(List.of(procedure(0, Guidance.FLUOROSCOPY)));
    Session session = Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.FLUOROSCOPY, growing);
    growing.add(procedure(1, Guidance.CT));

    assertThat(session.procedures()).hasSize(1);
    assertThatThrownBy(() -> session.procedures().add(procedure(2, Guidance.CT)))
        .isInstanceOf(UnsupportedOperationException.class);
    List<SessionProcedure> fixed = List.of(procedure(0, Guidance.CT));
    assertThat(Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.CT, fixed).procedures()).isSameAs(fixed);
  }

  @Test
  void guided_by_keeps_the_procedures_of_the_guidance_and_their_strongest() {
    Session mixed = Session.of(DATE, Payer.MEDICARE, Setting.OFFICE, FAMILY, Guidance.FLUOROSCOPY,
        List.of(procedure(0, Guidance.NONE), procedure(1, Guidance.CT), procedure(2, Guidance.FLUOROSCOPY)));

    Session imaged = mixed.guidedBy(EnumSet.of(Guidance.CT, Guidance.FLUOROSCOPY)).orElseThrow();
    assertThat(imaged.procedures()).extracting(SessionProcedure::index).containsExactly(1, 2);
    assertThat(imaged.guidance()).isEqualTo(Guidance.CT.strongest(Guidance.FLUOROSCOPY));
    assertThat(mixed.guidedBy(EnumSet.of(Guidance.ULTRASOUND))).isEmpty();
    assertThat(mixed.guidedBy(EnumSet.allOf(Guidance.class))).containsSame(mixed);
  }

  @Test
  void the_builder_names_the_field_missing() {
    assertThatThrownBy(() -> Session.builder().dateOfService(DATE).payer(Payer.MEDICARE).family(FAMILY)
            .guidance(Guidance.CT).build())
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("setting:");
  }

  private static SessionProcedure procedure(int index, Guidance guidance) {
    return SessionProcedure.of(index, Procedure.builder().family(FAMILY).guidance(guidance)
        .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.LEFT)).build());
  }
}
