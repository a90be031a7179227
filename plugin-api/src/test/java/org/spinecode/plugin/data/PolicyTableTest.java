package org.spinecode.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.policy.CoverageRule;
import org.spinecode.domain.policy.FrequencyLimit;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.policy.PriorAuthorization;

/** The payer policy table: read once, rows by id, and errors that name the file and line. */
class PolicyTableTest {
  private static final String HEADER = "# version: t\nid,kind,payer,effective_from,effective_until,max_levels,"
      + "max_sessions,months,per_purpose,group,families,purpose,modifier,settings,count,waived_by,rule,message,"
      + "documents,contractor,authority\n";

  @Test
  void the_bundled_table_holds_the_lcd_rows_by_id_and_kind() {
    PolicyTable table = PolicyTable.bundled();

    assertThat(table.version()).isEqualTo("2026-12");
    assertThat(table.find("FACET_LEVELS", LevelLimit.KIND)).get().satisfies(limit -> {
      assertThat(limit.maxLevels()).isEqualTo(2);
      assertThat(limit.window().from()).hasValue(LocalDate.of(2021, 4, 25));
    });
    assertThat(table.find("ESI_INTERLAMINAR_LEVELS", LevelLimit.KIND)).get()
        .satisfies(limit -> assertThat(limit.maxLevels()).isEqualTo(1));
    assertThat(table.find("ESI_SESSIONS", FrequencyLimit.KIND)).get()
        .satisfies(limit -> assertThat(limit.maxSessions()).isEqualTo(4));
    assertThat(table.find("OPD_PA_FACET_THIRD_LEVEL", PriorAuthorization.KIND)).get()
        .satisfies(rule -> assertThat(rule.window().until()).hasValue(LocalDate.of(2024, 8, 5)));
    assertThat(table.find("FACET_LEVELS", CoverageRule.KIND)).as("a row of another kind").isEmpty();
  }

  @Test
  void numbers_and_windows_out_of_range_are_refused_in_plain_words() {
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,-1,,,,,,,,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class).hasMessage("mine.csv:3: column 'max_levels' must be at least 1, not -1");
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,2021-01-01,2,,,,,,,,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class)
        .hasMessage("mine.csv:3: a date range must end after it starts (from 2021-04-25, until 2021-01-01)");
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICAID,2021-04-25,,2,,,,,,,,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class)
        .hasMessage("mine.csv:3: column 'payer' must be one of MEDICARE, COMMERCIAL");
    assertThatThrownBy(() -> read("A,PURPOSE_MODIFIER,MEDICARE,2021-04-25,,,,,,,,DIAGNOSTIC,XY,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class).hasMessageStartingWith("mine.csv:3: column 'modifier' must be one of");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(DataLoadException.class).hasMessage("mine.csv: the table holds no policy row");
  }

  @Test
  void a_bad_row_names_the_file_and_line() {
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n"
        + "B,LEVEL_LIMITS,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class).hasMessageStartingWith("mine.csv:4: kind must be one of LEVEL_LIMIT");
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,\n"))
        .isInstanceOf(DataLoadException.class).hasMessage("mine.csv:3: column 'authority' is empty");
    assertThatThrownBy(() -> read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n"
        + "A,LEVEL_LIMIT,MEDICARE,2021-04-25,,3,,,,,,,,,,,,,,,cited\n"))
        .isInstanceOf(DataLoadException.class).hasMessage("mine.csv:4: id A appears twice");
  }

  @Test
  @SuppressWarnings("deprecation")
  void a_missing_id_is_empty_and_the_spi_2_junction_lookup_names_the_table() {
    PolicyTable table = read("A,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,,,,,,,,,,,,,,,cited\n");

    assertThat(table.find("A", LevelLimit.KIND)).get().satisfies(limit -> assertThat(limit.maxLevels()).isEqualTo(2));
    assertThat(table.find("B")).isEmpty();
    assertThatThrownBy(() -> table.thoracolumbarJunction("A"))
        .hasMessage("mine.csv: no THORACOLUMBAR_JUNCTION row with id A");
    assertThatThrownBy(() -> PolicyTable.resource(PolicyTableTest.class, "absent.csv"))
        .isInstanceOf(DataLoadException.class).hasMessageContaining("absent.csv");
  }

  private static PolicyTable read(String rows) {
    return PolicyTable.read("mine.csv", new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
  }
}
