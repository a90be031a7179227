package org.spinecode.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Seeded NDJSON encounters across families, levels, sides, guidance, payers, settings and history,
 * with the bad records a real feed carries: broken JSON, wrong types, unknown values, blank lines.
 */
final class EncounterGenerator {
  private static final String[] LEVELS = {"C3-C4", "C5-C6", "C6-C7", "C7-T1", "T11-T12", "T12-L1", "L2-L3",
      "L3-L4", "L4-L5", "L5-S1"};
  private static final String[] FORAMINAL = {"C5-C6", "C6-C7", "T12-L1", "L3-L4", "L4-L5", "L5-S1", "S1", "S2"};
  private static final String[][] NERVES = {{"L3", "L4"}, {"L4", "L5"}, {"L3", "L4", "L5"}, {"L4", "L5", "S1"},
      {"C3", "C4"}, {"C4", "C5", "C6"}, {"TON"}, {"TON", "C3"}, {"T11", "T12"}, {"T12", "L1"}, {"L2", "L3", "L4", "L5"}};
  private static final String[] SIDES = {"LEFT", "RIGHT", "BILATERAL"};
  private static final String[] GUIDANCE = {"FLUOROSCOPY", "FLUOROSCOPY", "CT", "ULTRASOUND", "NONE"};
  private static final String[] SETTINGS = {"OFFICE", "ASC", "HOSPITAL_OUTPATIENT"};
  private static final String[] STYLES = {"MODIFIER_50", "RT_LT_LINES", "TWO_UNITS"};
  /** Records a JSON reader cannot map: broken syntax, a wrong type, not an object, blank. */
  private static final String[] MALFORMED = {
      "{\"id\": \"broken-%d\", \"dateOfService\": ",
      "not json at all %d",
      "  \t{\"id\": \"padded-%d\", \"payer\": MEDICARE}  ",
      "{\"id\": \"type-%d\", \"dateOfService\": \"2025-04-01\", \"payer\": \"MEDICARE\", \"procedures\": {\"family\": \"FACET\"}}",
      "[%d]",
      "   ",
  };
  /** Well-formed records with values the contract refuses. */
  private static final String[] INVALID = {
      "{\"id\": \"level-%d\", \"dateOfService\": \"2025-04-01\", \"payer\": \"MEDICARE\", \"procedures\": [{\"family\": \"INTERLAMINAR\", \"guidance\": \"FLUOROSCOPY\", \"targets\": [{\"level\": \"L9-L10\"}]}]}",
      "{\"id\": \"family-%d\", \"dateOfService\": \"2025-04-01\", \"payer\": \"COMMERCIAL\", \"procedures\": [{\"family\": \"KYPHOPLASTY\", \"guidance\": \"CT\", \"targets\": []}]}",
      "{\"id\": \"old-%d\", \"dateOfService\": \"2015-06-30\", \"payer\": \"MEDICARE\", \"procedures\": [{\"family\": \"INTERLAMINAR\", \"guidance\": \"NONE\", \"targets\": [{\"level\": \"L4-L5\"}]}]}",
      "{\"id\": \"payer-%d\", \"dateOfService\": \"2025-04-01\", \"procedures\": [{\"family\": \"FACET\", \"guidance\": \"CT\", \"purpose\": \"DIAGNOSTIC\", \"targets\": [{\"nerves\": [\"L4\", \"L5\"], \"side\": \"LEFT\"}]}]}",
  };

  private final Random random;

  EncounterGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} NDJSON lines; about one in {@code badEvery} is malformed, blank or invalid. */
  List<String> lines(int count, int badEvery) {
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String[] bad = random.nextBoolean() ? MALFORMED : INVALID;
      lines.add(random.nextInt(badEvery) == 0 ? String.format(pick(bad), i) : encounter("enc-" + i));
    }
    return lines;
  }

  /** Like {@link #lines}, but every line is a well-typed JSON object, as a Parquet row is. */
  List<String> typedLines(int count, int badEvery) {
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(random.nextInt(badEvery) == 0 ? String.format(pick(INVALID), i) : encounter("enc-" + i));
    }
    return lines;
  }

  private String encounter(String id) {
    StringJoiner fields = new StringJoiner(", ", "{", "}");
    fields.add(quoted("id", id));
    LocalDate dateOfService = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(8 * 365));
    fields.add(quoted("dateOfService", dateOfService.toString()));
    fields.add(quoted("payer", random.nextInt(3) == 0 ? "COMMERCIAL" : "MEDICARE"));
    String setting = pick(SETTINGS);
    fields.add(quoted("setting", setting));
    if (!setting.equals("OFFICE") && random.nextBoolean()) {
      fields.add(quoted("claimType", "FACILITY"));
    }
    if (random.nextInt(5) == 0) {
      fields.add(quoted("bilateralStyle", pick(STYLES)));
    }
    if (random.nextInt(6) == 0) {
      fields.add("\"abnOnFile\": true");
    }
    if (random.nextInt(4) == 0) {
      fields.add("\"history\": " + history(dateOfService));
    }
    StringJoiner procedures = new StringJoiner(", ", "[", "]");
    for (int p = 1 + (random.nextInt(4) == 0 ? 1 : 0); p > 0; p--) {
      procedures.add(procedure());
    }
    fields.add("\"procedures\": " + procedures);
    if (random.nextInt(3) == 0) {
      fields.add("\"diagnoses\": " + diagnoses());
    }
    return fields.toString();
  }

  /** One to six ICD-10-CM codes as callers write them (dotted, dotless, lower case). */
  private String diagnoses() {
    StringJoiner codes = new StringJoiner("\", \"", "[\"", "\"]");
    int first = random.nextInt(DIAGNOSES.length);
    for (int d = 0, count = 1 + random.nextInt(6); d < count; d++) {
      codes.add(DIAGNOSES[(first + d) % DIAGNOSES.length]);
    }
    return codes.toString();
  }

  private static final String[] DIAGNOSES = {"M54.16", "m47816", "M5412", "G89.29", "M54.50", "m51.16", "M47.812",
      "Z79.891"};

  private String procedure() {
    return switch (random.nextInt(3)) {
      case 0 -> interlaminar();
      case 1 -> transforaminal();
      default -> facet();
    };
  }

  private String interlaminar() {
    boolean caudal = random.nextInt(5) == 0;
    StringJoiner targets = new StringJoiner(", ", "[", "]");
    for (int t = caudal ? 0 : 1 + random.nextInt(2); t > 0; t--) {
      targets.add("{\"level\": \"" + pick(LEVELS) + "\"}");
    }
    return "{\"family\": \"INTERLAMINAR\", \"guidance\": \"" + pick(GUIDANCE) + "\""
        + (caudal ? ", \"approach\": \"CAUDAL\"" : "")
        + (random.nextInt(8) == 0 ? ", \"indwellingCatheter\": true" : "")
        + ", \"targets\": " + targets + "}";
  }

  private String transforaminal() {
    StringJoiner targets = new StringJoiner(", ", "[", "]");
    for (int t = 1 + random.nextInt(3); t > 0; t--) {
      targets.add("{\"level\": \"" + pick(FORAMINAL) + "\", \"side\": \"" + pick(SIDES) + "\"}");
    }
    return "{\"family\": \"TRANSFORAMINAL\", \"guidance\": \"" + pick(GUIDANCE) + "\"" + purpose()
        + ", \"targets\": " + targets + "}";
  }

  private String facet() {
    StringJoiner nerves = new StringJoiner("\", \"", "[\"", "\"]");
    for (String nerve : NERVES[random.nextInt(NERVES.length)]) {
      nerves.add(nerve);
    }
    return "{\"family\": \"FACET\", \"guidance\": \"" + pick(GUIDANCE) + "\"" + purpose()
        + ", \"targets\": [{\"nerves\": " + nerves + ", \"side\": \"" + pick(SIDES) + "\"}]}";
  }

  /** Purpose is required for these families; leaving it out now and then is one more bad record. */
  private String purpose() {
    int roll = random.nextInt(12);
    return roll == 0 ? "" : ", \"purpose\": \"" + (roll % 2 == 0 ? "DIAGNOSTIC" : "THERAPEUTIC") + "\"";
  }

  /** Prior sessions within about a year and a half, so the rolling 12-month limits bite now and then. */
  private String history(LocalDate dateOfService) {
    StringJoiner sessions = new StringJoiner(", ", "[", "]");
    for (int s = 1 + random.nextInt(5); s > 0; s--) {
      boolean facet = random.nextBoolean();
      sessions.add("{\"dateOfService\": \"" + dateOfService.minusDays(1 + random.nextInt(540)) + "\", \"family\": \""
          + (facet ? "FACET" : "TRANSFORAMINAL") + "\", \"region\": \""
          + (random.nextBoolean() ? "LUMBAR_SACRAL" : "CERVICAL_THORACIC") + "\", \"purpose\": \""
          + (random.nextBoolean() ? "DIAGNOSTIC" : "THERAPEUTIC") + "\"}");
    }
    return sessions.toString();
  }


  private static String quoted(String name, String value) {
    return "\"" + name + "\": \"" + value + "\"";
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
