package org.spinecode.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.Quantity;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PriorAuthorization;
import org.spinecode.domain.policy.PurposeModifier;
import org.spinecode.domain.spine.Region;

/** A family's code table: rows as written, resolved by id (SPI 2: against the bundled table), errors naming file and line. */
@SuppressWarnings("deprecation")
class CodeTableTest {
  private static final String HEADER = "# version: mine-1\n"
      + "code,family,region,guidance,add_on_to,quantity,lateral,imaging_included,policies,label,authority\n";

  @Test
  void a_row_becomes_a_definition_with_its_policies_sorted_by_kind() {
    CodeTable table = read("""
        10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY;CT,,PER_LEVEL,yes,77003;77012,FACET_LEVELS;FACET_KX_DIAGNOSTIC;OPD_PA_FACET,"First, low back",cited
        10002,FACET,LUMBAR_SACRAL,FLUOROSCOPY;CT,10001,ONCE_PER_SESSION,no,,,"Further, low back",cited
        """);

    CodeDefinition first = table.code("10001");
    assertThat(table.version()).isEqualTo("mine-1");
    assertThat(first.label()).isEqualTo("First, low back");
    assertThat(first.region()).isEqualTo(Region.LUMBAR_SACRAL);
    assertThat(first.guidance()).containsExactlyInAnyOrder(Guidance.FLUOROSCOPY, Guidance.CT);
    assertThat(first.imagingIncluded()).containsExactly("77003", "77012");
    assertThat(first.lateral()).isTrue();
    assertThat(first.policies(LevelLimit.KIND))
        .containsExactly(PolicyTable.bundled().find("FACET_LEVELS", LevelLimit.KIND).orElseThrow());
    assertThat(first.policies(PurposeModifier.KIND))
        .containsExactly(PolicyTable.bundled().find("FACET_KX_DIAGNOSTIC", PurposeModifier.KIND).orElseThrow());
    assertThat(first.policies(PriorAuthorization.KIND))
        .containsExactly(PolicyTable.bundled().find("OPD_PA_FACET", PriorAuthorization.KIND).orElseThrow());
    assertThat(first.dates().isAlways()).isTrue();
    assertThat(table.rows()).extracting(CodeRow::code).containsExactly("10001", "10002");
    assertThat(table.rows().get(0).policyIds()).containsExactly("FACET_LEVELS", "FACET_KX_DIAGNOSTIC", "OPD_PA_FACET");
    assertThat(table.rows().get(0).origin()).isEqualTo("mine.csv:3");
    CodeDefinition further = table.code("10002");
    assertThat(further.addOnTo()).containsExactly("10001");
    assertThat(further.quantity()).isEqualTo(Quantity.ONCE_PER_SESSION);
    assertThat(further.lateral()).isFalse();
    assertThat(further.policies()).isEmpty();
    assertThat(table.all()).extracting(CodeDefinition::code).containsExactly("10001", "10002");
    assertThat(table.describe("my codes")).satisfies(t -> {
      assertThat(t.name()).isEqualTo("mine");
      assertThat(t.version()).isEqualTo("mine-1");
      assertThat(t.rows()).isEqualTo(2);
      assertThat(t.source()).isEqualTo("my codes (mine.csv in the plugin's jar)");
    });
  }

  @Test
  void a_family_may_date_its_own_codes_and_name_its_own_policy_table() {
    PolicyTable own = PolicyTable.read("own-policies.csv", stream("# version: o\n"
        + "id,kind,payer,effective_from,effective_until,max_levels,max_sessions,months,per_purpose,group,families,"
        + "purpose,modifier,settings,count,waived_by,rule,message,documents,contractor,authority\n"
        + "MINE,LEVEL_LIMIT,MEDICARE,2021-04-25,,3,,,,,,,,,,,,,,,cited\n"));
    CodeTable table = CodeTable.read("dated.csv", stream("code,family,region,guidance,add_on_to,quantity,lateral,"
        + "imaging_included,policies,label,authority,effective_from,effective_through,when_not_in_effect\n"
        + "10003,RFA,CERVICAL_THORACIC,CT,,PER_LEVEL,yes,,MINE,Mine,cited,2020-01-01,2022-12-31,report 10004\n"), own);

    CodeDefinition code = table.code("10003");
    assertThat(code.policies(LevelLimit.KIND)).extracting(l -> l.maxLevels()).containsExactly(3);
    assertThat(code.inEffectOn(LocalDate.of(2022, 12, 31))).isTrue();
    assertThat(code.inEffectOn(LocalDate.of(2023, 1, 1))).isFalse();
    assertThat(code.whenNotInEffect()).contains("report 10004");
  }

  @Test
  void a_bad_row_names_the_file_and_line() {
    assertThatThrownBy(() -> read("10001,FACET,LUMBAR,FLUOROSCOPY,,PER_LEVEL,yes,,,Mine,cited\n"))
        .isInstanceOf(DataLoadException.class)
        .hasMessage("mine.csv:3: column 'region' must be one of CERVICAL_THORACIC, LUMBAR_SACRAL");
    assertThatThrownBy(() -> read("10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY,,PER_LEVEL,maybe,,,Mine,cited\n"))
        .hasMessage("mine.csv:3: column 'lateral' must be yes or no");
    assertThatThrownBy(() -> read("10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY,,PER_LEVEL,yes,,NO_SUCH_ROW,Mine,cited\n").all())
        .hasMessage("mine.csv:3: policy NO_SUCH_ROW of code 10001 is in no policy table in force");
    assertThatThrownBy(() -> read(
        "10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY,,PER_LEVEL,yes,,FACET_THORACOLUMBAR_JUNCTION,Mine,cited\n").all())
        .hasMessage("mine.csv:3: code 10001 cannot be defined: a THORACOLUMBAR_JUNCTION rule applies to a family,"
            + " not to code 10001");
    assertThatThrownBy(() -> read("10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY,,PER_LEVEL,yes,,,Mine,cited\n"
        + "10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY,,PER_LEVEL,yes,,,Mine,cited\n"))
        .hasMessage("mine.csv:4: code 10001 appears twice");
    assertThatThrownBy(() -> read("10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY,,PER_LEVEL,yes,,,,cited\n"))
        .hasMessage("mine.csv:3: column 'label' is empty");
    assertThatThrownBy(() -> read("")).isInstanceOf(DataLoadException.class)
        .hasMessage("mine.csv: the table lists no code");
    assertThatThrownBy(() -> read("10001,FACET,LUMBAR_SACRAL,FLUOROSCOPY,,PER_LEVEL,yes,,,Mine,cited\n").code("10009"))
        .hasMessage("mine.csv: the table has no row for code 10009");
  }

  private static CodeTable read(String rows) {
    return CodeTable.read("mine.csv", stream(HEADER + rows));
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
