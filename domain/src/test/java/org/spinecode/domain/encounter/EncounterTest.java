package org.spinecode.domain.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;

class EncounterTest {
  private static final Procedure FACET = Procedure.builder().family(ProcedureFamily.of("FACET"))
      .guidance(Guidance.FLUOROSCOPY).purpose(Purpose.DIAGNOSTIC)
      .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)).build();

  @Test
  void a_date_before_the_2017_code_set_is_refused_naming_the_field() {
    assertThatThrownBy(() -> Encounter.builder().dateOfService(LocalDate.of(2016, 12, 31)).payer(Payer.MEDICARE)
        .addProcedures(FACET).build())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("dateOfService"));
  }

  @Test
  void prior_sessions_must_come_before_the_date_of_service() {
    PriorSession sameDay = PriorSession.builder().dateOfService(LocalDate.of(2026, 3, 2))
        .family(ProcedureFamily.of("FACET")).region(Region.LUMBAR_SACRAL).build();

    assertThatThrownBy(() -> Encounter.builder().dateOfService(LocalDate.of(2026, 3, 2)).payer(Payer.MEDICARE)
        .addProcedures(FACET).addHistory(sameDay).build())
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("history[0].dateOfService"));
  }

  @Test
  void only_a_caudal_epidural_may_have_no_target() {
    Procedure caudal = Procedure.builder().family(ProcedureFamily.of("INTERLAMINAR")).guidance(Guidance.CT)
        .approach(Approach.CAUDAL).build();
    assertThat(caudal.targets()).isEmpty();

    assertThatThrownBy(() -> Procedure.builder().family(ProcedureFamily.of("FACET")).guidance(Guidance.CT).build())
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("targets"));
  }

  @Test
  void enum_values_are_read_forgivingly_and_refused_with_the_choices() {
    assertThat(Guidance.parse(" fluoroscopy ")).isEqualTo(Guidance.FLUOROSCOPY);
    assertThat(Setting.parse("hospital outpatient")).isEqualTo(Setting.HOSPITAL_OUTPATIENT);
    assertThatThrownBy(() -> Payer.parse("MEDICAID")).hasMessageContaining("MEDICARE, COMMERCIAL");
  }

  @Test
  void unambiguous_other_names_are_accepted_and_medicare_advantage_codes_as_commercial() {
    assertThat(Payer.parse("Medicare Advantage")).isEqualTo(Payer.COMMERCIAL);
    assertThat(Guidance.parse("fluoro")).isEqualTo(Guidance.FLUOROSCOPY);
    assertThat(Guidance.parse("US")).isEqualTo(Guidance.ULTRASOUND);
    assertThat(Setting.parse("HOPD")).isEqualTo(Setting.HOSPITAL_OUTPATIENT);
    assertThat(Region.parse("lumbar")).isEqualTo(Region.LUMBAR_SACRAL);
    assertThat(Region.parse("cervical/thoracic")).isEqualTo(Region.CERVICAL_THORACIC);
    assertThatThrownBy(() -> Region.parse("pelvic")).hasMessageContaining("LUMBAR_SACRAL");
  }
}
