package org.spinecode.domain.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.SpinalLevel;

class DiagnosesTest {
  private static final Procedure FACET = Procedure.builder().family(ProcedureFamily.of("FACET"))
      .guidance(Guidance.FLUOROSCOPY).purpose(Purpose.DIAGNOSTIC)
      .addTargets(Target.at(SpinalLevel.L4_L5, Laterality.RIGHT)).build();

  @ParameterizedTest(name = "{0} is read as {1}")
  @CsvSource({
      "M54.16, M54.16",
      "m5416, M54.16",
      "' m54.16 ', M54.16",
      "M545, M54.5",
      "M54, M54",
      "G89.29, G89.29",
      "S32.009A, S32.009A",
      "s32009a, S32.009A",
      "M5A.00, M5A.00",
      "U071, U07.1"})
  void a_code_is_read_with_or_without_its_dot_in_any_case_and_answered_dotted_upper_case(String written,
      String read) {
    assertThat(DiagnosisCode.parse(written).code()).isEqualTo(read);
  }

  @Test
  void x12_writes_the_code_without_its_dot() {
    assertThat(DiagnosisCode.parse("M54.16").withoutDot()).isEqualTo("M5416");
    assertThat(DiagnosisCode.parse("M54").withoutDot()).isEqualTo("M54");
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(strings = {"", "M5", "5M4.16", "MM4.16", "M54.", "M5.416", "M54..16", "M54.16789", "M54-16", "M54 16",
      "M54.1é", ".M5416"})
  void text_not_shaped_like_an_icd10cm_code_is_refused_in_our_words(String written) {
    assertThatThrownBy(() -> DiagnosisCode.parse(written))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not shaped like an ICD-10-CM code");
  }

  @Test
  void twelve_diagnoses_are_accepted_and_a_thirteenth_is_refused_naming_it() {
    Encounter.Builder twelve = encounter();
    IntStream.range(0, 12).forEach(i -> twelve.addDiagnoses(DiagnosisCode.parse("M54." + (10 + i))));
    assertThat(twelve.build().diagnoses()).hasSize(12).first().hasToString("M54.10");

    Encounter.Builder thirteen = encounter();
    IntStream.range(0, 13).forEach(i -> thirteen.addDiagnoses(DiagnosisCode.parse("M54." + (10 + i))));
    assertThatThrownBy(thirteen::build)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("diagnoses[12]"));
  }

  @Test
  void a_code_given_twice_is_refused_naming_the_repeat_whatever_its_spelling() {
    Encounter.Builder repeated = encounter().addDiagnoses(DiagnosisCode.parse("M54.16"),
        DiagnosisCode.parse("M47.816"), DiagnosisCode.parse("m5416"));

    assertThatThrownBy(repeated::build)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("diagnoses[2]"))
        .hasMessageContaining("M54.16 is given twice (also diagnoses[0])");
  }

  @Test
  void an_encounter_without_diagnoses_has_none() {
    assertThat(encounter().build().diagnoses()).isEmpty();
  }

  private static Encounter.Builder encounter() {
    return Encounter.builder().dateOfService(LocalDate.of(2026, 3, 2)).payer(Payer.MEDICARE).addProcedures(FACET);
  }
}
