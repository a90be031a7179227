package org.spinecode.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.spinecode.plugin.policy.EpiduralSteroidLcd;
import org.spinecode.plugin.policy.FacetJointLcd;
import org.spinecode.plugin.policy.OutpatientPriorAuthorization;

/** The payer policy table: read once, rows by id, and errors that name the file and line. */
class PolicyTableTest {
  private static final String HEADER = "# version: t\nid,kind,payer,effective_from,effective_until,max_levels,"
      + "max_sessions,months,per_purpose,group,families,purpose,modifier,settings,count,waived_by,rule,message,"
      + "documents,contractor,authority\n";

  @Test
  void the_lcd_names_are_rows_of_the_bundled_table() {
    PolicyTable table = PolicyTable.bundled();

    assertThat(table.version()).isEqualTo("2026-12");
    assertThat(table.size()).isEqualTo(15);
    assertThat(FacetJointLcd.TWO_LEVELS).isSameAs(table.levelLimit("FACET_LEVELS"));
    assertThat(FacetJointLcd.TWO_LEVELS.maxLevels()).isEqualTo(2);
    assertThat(EpiduralSteroidLcd.INTERLAMINAR_LEVELS.maxLevels()).isEqualTo(1);
    assertThat(EpiduralSteroidLcd.FOUR_SESSIONS.maxSessions()).isEqualTo(4);
    assertThat(OutpatientPriorAuthorization.THIRD_LEVEL_CODES_REMOVED).hasToString("2024-08-05");
    assertThat(FacetJointLcd.EFFECTIVE).hasToString("2021-04-25");
    assertThat(ReferenceData.bundled().dataVersion()).startsWith("codes 2026-12; policies 2026-12; ncci 2024Q3");
    assertThat(ReferenceData.bundled().tables()).extracting(t -> t.name()).contains("policies");
  }

  @Test
  void a_bad_row_names_the_file_and_line() {
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n"
        + "B,LEVEL_LIMITS,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class).hasMessageStartingWith("mine.csv:4: kind must be LEVEL_LIMIT");
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,\n"))
        .isInstanceOf(DataLoadException.class).hasMessage("mine.csv:3: column 'authority' is empty");
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n"
        + "A,LEVEL_LIMIT,MEDICARE,2021-04-25,,3,,,,,,,,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class).hasMessage("mine.csv:4: id A appears twice");
  }

  @Test
  void asking_for_a_missing_id_or_the_wrong_kind_names_the_table() {
    PolicyTable table = read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n");

    assertThat(table.levelLimit("A").maxLevels()).isEqualTo(2);
    assertThatThrownBy(() -> table.levelLimit("B")).hasMessage("mine.csv: no policy row with id B");
    assertThatThrownBy(() -> table.coverage("A")).hasMessage("mine.csv: policy A is a LEVEL_LIMIT, not the kind asked for");
    assertThatThrownBy(() -> PolicyTable.resource(PolicyTableTest.class, "absent.csv"))
        .isInstanceOf(DataLoadException.class).hasMessageContaining("absent.csv");
  }

  private static PolicyTable read(String rows) {
    return PolicyTable.read("mine.csv", new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
  }
}
