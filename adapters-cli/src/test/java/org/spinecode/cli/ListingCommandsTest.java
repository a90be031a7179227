package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecode.cli.acceptance.Scenarios;

class ListingCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void plugins_lists_the_four_shipped_families_sorted_by_id_with_what_they_accept() throws IOException {
    Cli cli = Cli.run("plugins", "--output", "json");

    JsonNode plugins = JSON.readTree(cli.out());
    assertThat(cli.exit()).isZero();
    assertThat(plugins).extracting(p -> p.get("id").asText())
        .containsExactly("facet", "interlaminar", "transforaminal", "ultrasound");
    assertThat(plugins.get(3).get("accepts").toString()).contains("TRANSFORAMINAL").contains("ULTRASOUND");
  }

  @Test
  void codes_lists_one_family_and_refuses_an_unknown_one() {
    Cli facet = Cli.run("codes", "--family", "facet");
    assertThat(facet.exit()).isZero();
    assertThat(facet.out()).contains("64490").contains("64495").contains("0216T").doesNotContain("64483");

    Cli unknown = Cli.run("codes", "--family", "acupuncture");
    assertThat(unknown.exit()).isEqualTo(1);
  }

  @Test
  void explain_gives_our_words_counting_rules_and_dated_policies_with_authorities() {
    Cli cli = Cli.run("explain", "64484");

    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("each added level").contains("add-on to:  64483")
        .contains("one unit per level; a level done on both sides is one level").contains("77003")
        .contains("LEVEL_LIMIT (LEVEL_LIMIT_EXCEEDED) from 2021-12-05").contains("A58993");
  }

  @Test
  void explain_says_per_contractor_whether_the_billing_article_s_coverage_is_loaded() {
    Cli bundled = Cli.run("explain", "64483");
    Cli withExport = Cli.run("--data-dir", Scenarios.FILE.resolveSibling("mcd-synthetic").toString(), "explain", "64483");

    assertThat(bundled.out()).contains("no billing article is loaded, so coverage is not checked");
    assertThat(withExport.out()).containsPattern("J6 +epidural National Government Services L39036 / A58745\\* from")
        .containsPattern("JH +epidural .* / A\\d+ from").contains("checked for the");
  }

  /** Interlaminar codes: one unit per region per day, no laterality (MPFS bilateral indicator 9). */
  @Test
  void explain_of_an_interlaminar_code_says_one_unit_per_region_and_no_laterality() {
    Cli cli = Cli.run("explain", "62323");

    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("one unit per region per day").contains("bilateral indicator 9")
        .doesNotContain("per side");
  }

  @Test
  void explain_tells_about_deleted_codes_numbers_that_are_not_codes_and_bundled_imaging() {
    assertThat(Cli.run("explain", "62311").out()).contains("DELETED").contains("62322").contains("62323");
    assertThat(Cli.run("explain", "64481").out()).contains("NOT_A_CODE");
    assertThat(Cli.run("explain", "77003").out()).contains("never billed");
  }

  @Test
  void explain_of_an_unknown_code_exits_one() {
    Cli cli = Cli.run("explain", "99999");

    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err()).contains("99999");
  }

  @Test
  void version_help_and_completion_work_without_loading_plugins() {
    assertThat(Cli.run("--version").out()).contains("spinecode");
    assertThat(Cli.run("--help").out()).contains("code").contains("explain").contains("Exit codes");
    assertThat(Cli.run("code", "--help").out()).contains("--format").contains("--output");
    Cli completion = Cli.run("generate-completion");
    assertThat(completion.exit()).isZero();
    assertThat(completion.out()).contains("complete");
  }

  @Test
  void a_broken_jar_in_the_plugins_folder_exits_three_naming_the_jar(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("not-a-plugin.jar"), "this is not a zip file");

    Cli cli = Cli.run("--plugins-dir", dir.toString(), "plugins");

    assertThat(cli.exit()).isEqualTo(3);
    assertThat(cli.err()).contains("not-a-plugin.jar").doesNotContain("\tat ");
  }

  @Test
  void a_missing_plugins_folder_exits_three() {
    Cli cli = Cli.run("--plugins-dir", "/no/such/folder", "plugins");

    assertThat(cli.exit()).isEqualTo(3);
    assertThat(cli.err()).contains("/no/such/folder");
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
  }
}
