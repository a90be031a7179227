package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A record that could not be read still names the data the others were coded with. */
class UnreadableRecordDataVersionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void an_ndjson_line_over_the_limit_carries_the_data_version() throws IOException {
    String huge = "{\"id\":\"big\",\"note\":\"" + "x".repeat(5000) + "\"}";

    Cli cli = Cli.piped(huge + "\n", "code", "--format", "ndjson", "--max-line", "1KiB");

    JsonNode result = JSON.readTree(cli.out().lines().findFirst().orElseThrow());
    assertThat(result.get("error").get("message").asText()).contains("longer than 1024 bytes");
    assertThat(result.get("dataVersion").asText()).startsWith("codes ").contains("; policies 2026-12; jurisdictions 2026-12; ncci 2024Q3");
  }

  @Test
  void an_unclosed_csv_quote_carries_the_data_version() throws IOException {
    Cli cli = Cli.piped("id,dateOfService,payer,family,guidance,purpose,level,side\n"
        + "c1,2026-03-02,MEDICARE,FACET,FLUOROSCOPY,DIAGNOSTIC,L4-L5,BILATERAL\n"
        + "c2,\"2026-03-02,MEDICARE,FACET,FLUOROSCOPY,DIAGNOSTIC,L4-L5,LEFT\n", "code", "--format", "csv", "--output",
        "json");

    JsonNode result = JSON.readTree(cli.out()).get(1);
    assertThat(result.get("error").get("message").asText()).contains("never closed");
    assertThat(result.get("dataVersion").asText()).contains("policies 2026-12");
  }
}
