package org.spinecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * The speed work leaves the batch's output byte for byte as it was (issue 23): a few thousand
 * generated encounters and claims, coded by {@code spinecode code} and {@code check --format
 * ndjson} on one and on three threads, against the way records were answered before, one at a
 * time: Jackson's data binding reading each line into the wire record, the same record coder, and
 * data binding writing each result from its annotations as UTF-8.
 */
class BatchBeforeAfterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper BINDING = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ObjectWriter RESULTS = BINDING.writerFor(ResultJson.class);
  private static final String[] LEVELS = {"C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1", "T11-T12", "T12-L1",
      "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"};
  private static final String[] NERVES = {"TON", "C3", "C4", "C5", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1"};

  @ParameterizedTest
  @ValueSource(strings = {"code", "check"})
  void thousands_of_records_come_out_as_they_did_before_on_one_thread_and_on_three(String command) throws IOException {
    StringBuilder input = new StringBuilder();
    Random random = new Random(command.hashCode());
    for (int i = 0; i < 3_000; i++) {
      input.append(encounter(random, i)).append('\n');
    }

    String before = before(input.toString(), command.equals("check"));
    Cli one = Cli.piped(input.toString(), command, "--format", "ndjson", "--threads", "1");
    Cli three = Cli.piped(input.toString(), command, "--format", "ndjson", "--threads", "3");

    assertThat(one.out().lines().count()).isEqualTo(3_000);
    assertThat(one.out()).isEqualTo(before);
    assertThat(three.out()).isEqualTo(before);
  }

  private static String before(String input, boolean check) throws IOException {
    Installation product = Installation.of(PluginDiscovery.fromClassPath());
    WireCodec codec = new WireCodec();
    RecordCoder records = check
        ? RecordCoder.checking(product.directChecker(), codec, new WireMapping(), (failure, line) -> { })
        : new RecordCoder(product.directCoder(), codec, new WireMapping(), (failure, line) -> { });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long number = 0;
    for (String line : input.split("\n")) {
      EncounterJson record = BINDING.readValue(line, EncounterJson.class);
      out.write(RESULTS.writeValueAsBytes(records.code(record, ++number)));
      out.write('\n');
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // A clinic's day and its mistakes: every payer, setting, claim type and style, histories,
  // nerves, dates across the code changes, values that are refused, billed lines right and wrong.
  private static String encounter(Random random, int i) {
    ObjectNode encounter = JSON.createObjectNode();
    encounter.put("id", "g" + i);
    encounter.put("dateOfService", (2016 + random.nextInt(11)) + "-0" + (1 + random.nextInt(9)) + "-1"
        + random.nextInt(10));
    encounter.put("payer", pick(random, "MEDICARE", "COMMERCIAL", "MEDICARE", "medicare", "TRICARE"));
    if (random.nextBoolean()) {
      encounter.put("setting", pick(random, "OFFICE", "ASC", "HOSPITAL_OUTPATIENT"));
    }
    if (random.nextInt(4) == 0) {
      encounter.put("claimType", pick(random, "PROFESSIONAL", "FACILITY"));
    }
    if (random.nextInt(5) == 0) {
      encounter.put("bilateralStyle", pick(random, "MODIFIER_50", "RT_LT_LINES", "TWO_UNITS"));
    }
    if (random.nextInt(6) == 0) {
      encounter.put("abnOnFile", random.nextBoolean());
    }
    if (random.nextInt(6) == 0) {
      encounter.put("priorAuthorizationNumber", "PA-" + random.nextInt(999));
    }
    if (random.nextInt(4) == 0) {
      ArrayNode history = encounter.putArray("history");
      for (int h = 1 + random.nextInt(5); h > 0; h--) {
        history.addObject().put("dateOfService", "2015-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))
            .put("family", pick(random, "FACET", "TRANSFORAMINAL", "INTERLAMINAR"))
            .put("region", pick(random, "LUMBAR_SACRAL", "CERVICAL_THORACIC"))
            .put("purpose", pick(random, "DIAGNOSTIC", "THERAPEUTIC"));
      }
    }
    ArrayNode procedures = encounter.putArray("procedures");
    for (int p = 1 + random.nextInt(3); p > 0; p--) {
      ObjectNode procedure = procedures.addObject();
      String family = pick(random, "FACET", "TRANSFORAMINAL", "INTERLAMINAR", "FACET", "TELEPATHY");
      procedure.put("family", family);
      procedure.put("guidance", pick(random, "FLUOROSCOPY", "FLUOROSCOPY", "CT", "ULTRASOUND", "NONE"));
      if (random.nextInt(5) != 0) {
        procedure.put("purpose", pick(random, "DIAGNOSTIC", "THERAPEUTIC"));
      }
      if (family.equals("INTERLAMINAR") && random.nextInt(4) == 0) {
        procedure.put("approach", "CAUDAL");
        procedure.put("indwellingCatheter", random.nextBoolean());
      }
      ArrayNode targets = procedure.putArray("targets");
      int start = random.nextInt(LEVELS.length);
      for (int t = 1 + random.nextInt(3); t > 0; t--) {
        ObjectNode target = targets.addObject();
        if (family.equals("FACET") && random.nextInt(4) == 0) {
          ArrayNode nerves = target.putArray("nerves");
          int first = random.nextInt(NERVES.length - 2);
          nerves.add(NERVES[first]).add(NERVES[first + 1]);
        } else {
          target.put("level", LEVELS[Math.min(LEVELS.length - 1, start++)]);
        }
        target.put("side", pick(random, "LEFT", "RIGHT", "BILATERAL", "BILATERAL", "UP"));
      }
    }
    if (random.nextInt(3) != 0) {
      ArrayNode billed = encounter.putArray("billed");
      for (int b = random.nextInt(4); b > 0; b--) {
        ObjectNode line = billed.addObject().put("code", pick(random, "64493", "64494", "64495", "64483", "64484",
            "62323", "77003", "62311", "0213T"));
        ArrayNode modifiers = line.putArray("modifiers");
        if (random.nextBoolean()) {
          modifiers.add(pick(random, "50", "RT", "LT", "KX", "59"));
        }
        if (random.nextInt(3) == 0) {
          line.put("units", 1 + random.nextInt(3));
        }
      }
    }
    return encounter.toString();
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }
}
