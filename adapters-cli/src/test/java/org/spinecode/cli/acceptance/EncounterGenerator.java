package org.spinecode.cli.acceptance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinecode.domain.encounter.Approach;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.PriorSession;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;

/** Valid encounters from a seed: the same seed always gives the same encounter. */
final class EncounterGenerator {
  private static final String[] FAMILIES = {"INTERLAMINAR", "TRANSFORAMINAL", "FACET"};

  private EncounterGenerator() {}

  /** One to three procedures, any payer, setting, style and history. */
  static Encounter encounter(long seed) {
    return encounter(new Random(seed), null);
  }

  /** Like {@link #encounter(long)} with every target in one region, where input order cannot matter. */
  static Encounter oneRegion(long seed) {
    Random random = new Random(seed);
    return encounter(random, random.nextBoolean() ? Region.CERVICAL_THORACIC : Region.LUMBAR_SACRAL);
  }

  private static Encounter encounter(Random random, Region region) {
    LocalDate date = LocalDate.of(2019 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
    Encounter.Builder encounter = Encounter.builder()
        .dateOfService(date)
        .payer(pick(random, Payer.values()))
        .setting(pick(random, Setting.values()))
        .claimType(pick(random, ClaimType.values()))
        .abnOnFile(random.nextBoolean());
    if (random.nextInt(4) == 0) {
      encounter.bilateralStyle(pick(random, BilateralStyle.values()));
    }
    if (random.nextInt(3) == 0) {
      encounter.priorAuthorizationNumber("PA-" + random.nextInt(1000));
    }
    for (int i = random.nextInt(7); i > 0; i--) {
      encounter.addHistory(PriorSession.builder()
          .dateOfService(date.minusDays(1 + random.nextInt(500)))
          .family(ProcedureFamily.of(pick(random, FAMILIES)))
          .region(pick(random, Region.values()))
          .purpose(pick(random, Purpose.values()))
          .build());
    }
    for (int p = 1 + random.nextInt(3); p > 0; p--) {
      encounter.addProcedures(procedure(random, region));
    }
    return encounter.build();
  }

  private static Procedure procedure(Random random, Region region) {
    String family = pick(random, FAMILIES);
    Procedure.Builder procedure = Procedure.builder()
        .family(ProcedureFamily.of(family))
        .guidance(pick(random, Guidance.values()))
        .purpose(pick(random, Purpose.values()));
    List<SpinalLevel> levels = levels(family, region);
    if (family.equals("INTERLAMINAR")) {
      procedure.indwellingCatheter(random.nextInt(5) == 0);
      if (region != Region.CERVICAL_THORACIC && random.nextInt(5) == 0) {
        return procedure.approach(Approach.CAUDAL).build();
      }
    }
    for (int t = 1 + random.nextInt(5); t > 0; t--) {
      procedure.addTargets(Target.at(levels.get(random.nextInt(levels.size())), pick(random, Laterality.values())));
    }
    return procedure.build();
  }

  private static List<SpinalLevel> levels(String family, Region region) {
    List<SpinalLevel> levels = new ArrayList<>();
    for (SpinalLevel level : SpinalLevel.values()) {
      boolean fits = switch (family) {
        case "INTERLAMINAR" -> level.isSegment();
        case "TRANSFORAMINAL" -> level.compareTo(SpinalLevel.C2_C3) >= 0 && level != SpinalLevel.SACRAL_HIATUS;
        default -> level.compareTo(SpinalLevel.C2_C3) >= 0 && level.isSegment();
      };
      // T12-L1 and L1-L2 may change regions together for Medicare facet work, so one-region cases avoid them.
      boolean junction = level == SpinalLevel.T12_L1 || level == SpinalLevel.L1_L2;
      if (fits && (region == null || level.region() == region && !junction)) {
        levels.add(level);
      }
    }
    return levels;
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
