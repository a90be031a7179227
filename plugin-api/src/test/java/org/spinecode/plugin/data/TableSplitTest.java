package org.spinecode.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableSplitTest {

  @Test
  void a_line_without_quotes_keeps_every_field_including_empty_ones_at_either_end() {
    assertThat(Table.split("64483,,L4-L5,", ',', "t.csv", 1)).containsExactly("64483", "", "L4-L5", "");
    assertThat(Table.split(",a", ',', "t.csv", 1)).containsExactly("", "a");
    assertThat(Table.split("", ',', "t.csv", 1)).containsExactly("");
    assertThat(Table.split("a\tb, c", '\t', "t.txt", 1)).containsExactly("a", "b, c");
  }

  @Test
  void a_quoted_field_keeps_its_delimiters_and_doubled_quotes() {
    assertThat(Table.split("a,\"b, \"\"c\"\"\",d", ',', "t.csv", 1)).containsExactly("a", "b, \"c\"", "d");
    assertThatThrownBy(() -> Table.split("a,\"b", ',', "t.csv", 7)).isInstanceOf(DataLoadException.class)
        .hasMessageContaining("not closed");
  }
}
