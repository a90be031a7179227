package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code codes} and {@code explain} show each code's dates in effect and its MPFS bilateral indicator. */
class CodeDatesListingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void explain_shows_the_dates_and_the_fee_schedule_bilateral_indicator() {
    assertThat(Cli.run("explain", "64483").out())
        .contains("MPFS:       bilateral indicator 1 (CMS PFS RVU24C): bilateral payment adjustment applies:"
            + " modifier 50 is correct");
    assertThat(Cli.run("explain", "62323").out())
        .contains("MPFS:       bilateral indicator 9 (CMS PFS RVU24C): the bilateral concept does not apply")
        .contains("in effect:  from 2017-01-01 (CPT 2017 code set; CMS PFS RVU17A)");
    assertThat(Cli.run("explain", "0230T").out()).contains("in effect:  through 2020-12-31");
  }

  @Test
  void codes_lists_the_dates_and_the_indicator_in_every_format() throws IOException {
    Cli table = Cli.run("codes", "--family", "interlaminar");
    assertThat(table.out()).contains("IN EFFECT").contains("BILAT")
        .containsPattern("62323 .* from 2017-01-01 +9 ");

    JsonNode codes = JSON.readTree(Cli.run("codes", "--output", "json").out());
    assertThat(codes).filteredOn(c -> c.get("code").asText().equals("62323")).singleElement().satisfies(c -> {
      assertThat(c.get("effectiveFrom").asText()).isEqualTo("2017-01-01");
      assertThat(c.get("feeScheduleBilateralIndicator").asInt()).isEqualTo(9);
    });
    assertThat(codes).filteredOn(c -> c.get("code").asText().equals("0213T")).singleElement()
        .satisfies(c -> assertThat(c.get("feeScheduleBilateralIndicator").asInt()).isEqualTo(1));
  }
}
