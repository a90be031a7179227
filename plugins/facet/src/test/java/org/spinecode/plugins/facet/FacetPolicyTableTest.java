package org.spinecode.plugins.facet;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.plugin.contract.CodingCase;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.PolicyTable;
import org.spinecode.plugin.host.ReferenceData;

/** A compliance reader changes an LCD limit or date in policies.csv, and the engine follows, no Java touched. */
class FacetPolicyTableTest {
  private static final PluginRegistry FACET = PluginRegistry.ofPlugins(List.of(new FacetPlugin()));

  @TempDir
  Path folder;

  @Test
  void a_level_limit_lowered_in_the_table_marks_the_second_level() throws IOException {
    writeTable(bundledTable().replace("FACET_LEVELS,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,",
        "FACET_LEVELS,LEVEL_LIMIT,MEDICARE,2021-04-25,,1,"));
    CodingResult bundled = twoLevels().codeWith(Installation.of(FACET).directCoder());
    CodingResult updated = twoLevels().codeWith(Installation.builder().plugins(FACET).dataDir(folder).build().directCoder());

    assertThat(CodingCase.lines(bundled)).isEqualTo("64493-RT x1, 64494-RT x1");
    assertThat(CodingCase.rules(bundled)).isEmpty();
    assertThat(CodingCase.lines(updated)).isEqualTo("64493-RT x1, 64494-RT-GZ x1");
    assertThat(CodingCase.rules(updated)).isEqualTo("LEVEL_LIMIT_EXCEEDED");
    assertThat(updated.dataVersion()).contains("policies test-1");
  }

  @Test
  void an_effective_date_moved_in_the_table_moves_the_rule() throws IOException {
    writeTable(bundledTable().replace("FACET_KX_DIAGNOSTIC,PURPOSE_MODIFIER,MEDICARE,2021-04-25,",
        "FACET_KX_DIAGNOSTIC,PURPOSE_MODIFIER,MEDICARE,2027-01-01,"));
    EncounterCoder updated = Installation.builder().plugins(FACET).dataDir(folder).build().directCoder();

    assertThat(CodingCase.lines(diagnostic().codeWith(Installation.of(FACET).directCoder()))).isEqualTo("64493-RT-KX x1");
    assertThat(CodingCase.lines(diagnostic().codeWith(updated))).isEqualTo("64493-RT x1");
  }

  @Test
  void the_thoracolumbar_junction_row_is_read_from_the_table_in_force() throws IOException {
    writeTable(bundledTable().replace("FACET_THORACOLUMBAR_JUNCTION,THORACOLUMBAR_JUNCTION,MEDICARE,2021-04-25,",
        "FACET_THORACOLUMBAR_JUNCTION,THORACOLUMBAR_JUNCTION,MEDICARE,2027-01-01,"));

    assertThat(CodingCase.lines(junction().codeWith(Installation.of(FACET).directCoder()))).isEqualTo("64490-RT x1, 64494-RT x1");
    assertThat(CodingCase.lines(junction().codeWith(Installation.builder().plugins(FACET).dataDir(folder).build().directCoder())))
        .isEqualTo("64490-RT x1, 64493-RT x1");
  }

  @Test
  void a_row_that_does_not_parse_names_the_file_and_line() throws IOException {
    writeTable(bundledTable().replace("FACET_LEVELS,LEVEL_LIMIT,MEDICARE,2021-04-25,,2,",
        "FACET_LEVELS,LEVEL_LIMIT,MEDICARE,2021-04-25,,two,"));
    int line = lineOf("FACET_LEVELS,");

    assertThatThrownBy(() -> ReferenceData.load(folder)).isInstanceOf(DataLoadException.class)
        .hasMessage(folder.resolve("policies.csv") + ":" + line + ": column 'max_levels' is not a whole number");
  }

  private static CodingCase twoLevels() {
    return CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC").targets("L4-L5:R L5-S1:R");
  }

  private static CodingCase junction() {
    return CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("THERAPEUTIC").targets("T12-L1:R L1-L2:R")
        .on("2026-03-02");
  }

  private static CodingCase diagnostic() {
    return CodingCase.of("FACET", "FLUOROSCOPY").payer("MEDICARE").purpose("DIAGNOSTIC").targets("L4-L5:R")
        .on("2026-03-02");
  }

  private static String bundledTable() throws IOException {
    try (InputStream in = PolicyTable.class.getResourceAsStream("/org/spinecode/data/policies.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("# version: 2026-12", "# version: test-1");
    }
  }

  private void writeTable(String text) throws IOException {
    Files.writeString(folder.resolve("policies.csv"), text);
  }

  private int lineOf(String start) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve("policies.csv"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }
}
