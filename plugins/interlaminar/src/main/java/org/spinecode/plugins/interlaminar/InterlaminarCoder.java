package org.spinecode.plugins.interlaminar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.family.FamilyCoding;
import org.spinecode.domain.family.PlacementRules;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.family.SessionProcedure;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.FamilyContext;

/**
 * One unit per region per day, whatever the number of levels, sides or injections (CPT; fee-schedule
 * bilateral indicator 9): the session's levels are gathered by region and by catheter or single
 * shot, and the unit is the guided code when any of its injections used fluoroscopy or CT (the
 * codes read "fluoroscopy or CT"; A58993). A caudal entry counts as one lumbar/sacral site, the
 * sacral hiatus. Ultrasound is not fluoroscopy or CT and has no Category III code for this family,
 * so it codes as without imaging.
 */
final class InterlaminarCoder implements FamilyCoder {
  /** The unit's code by region (cervical/thoracic, lumbar/sacral), then catheter, then fluoroscopy or CT. */
  private final CodeDefinition[][][] units;

  /** The definitions the host resolved for 62320-62327. */
  InterlaminarCoder(FamilyContext context) {
    this.units = new CodeDefinition[][][] {
        {{context.code("62320"), context.code("62321")}, {context.code("62324"), context.code("62325")}},
        {{context.code("62322"), context.code("62323")}, {context.code("62326"), context.code("62327")}}};
  }

  @Override
  public FamilyCoding code(Session session) {
    Gathered[] byUnit = new Gathered[Region.values().length * 2];
    List<Gathered> gatheredInOrder = new ArrayList<>(2);
    for (SessionProcedure sp : session.procedures()) {
      Procedure procedure = sp.procedure();
      if (procedure.isCaudal()) {
        gather(byUnit, gatheredInOrder, Region.LUMBAR_SACRAL, procedure, SpinalLevel.SACRAL_HIATUS, PlacementRules.order(sp.index(), 0));
        continue;
      }
      for (int t = 0; t < procedure.targets().size(); t++) {
        Target target = procedure.targets().get(t);
        if (target.level().isEmpty()) {
          throw new InvalidInputException(levelPath(sp, t), "interlaminar targets take a level, not nerves");
        }
        SpinalLevel level = target.level().get();
        if (!level.isSegment()) {
          throw new InvalidInputException(levelPath(sp, t), level
              + " is a sacral foramen; interlaminar levels run from C1-C2 to L5-S1 (use approach CAUDAL for the sacral hiatus)");
        }
        gather(byUnit, gatheredInOrder, level.region(), procedure, level, PlacementRules.order(sp.index(), t));
      }
    }
    List<CodedService> services = new ArrayList<>();
    List<CodedService> ultrasoundUnguided = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Gathered gathered : gatheredInOrder) {
      CodeDefinition code = code(gathered.region, gathered.catheter, gathered.imaging);
      CodedService service = CodedService.builder()
          .code(code).side(Side.NONE).addAllLevels(gathered.levels)
          .purpose(gathered.purpose).order(gathered.order).build();
      services.add(service);
      if (gathered.ultrasound && !gathered.imaging) {
        ultrasoundUnguided.add(service);
      }
      if (gathered.levels.size() > 1) {
        findings.add(Finding.of(RuleIds.LEVELS_IN_ONE_UNIT, Severity.INFO,
            gathered.levels.size() + " interlaminar sites in the " + code.region().words()
                + " region are one unit of " + code.code() + ": the code is reported once per region per day",
            List.of(code.code()), "CPT 62320-62327 guidelines; MUE 1 per day"));
      }
    }
    if (!ultrasoundUnguided.isEmpty()) {
      findings.add(Finding.of("ULTRASOUND_CODED_AS_UNGUIDED", Severity.INFO,
          "There is no Category III code for an ultrasound-guided interlaminar or caudal epidural;"
              + " it is coded as without imaging", codes(ultrasoundUnguided),
          "CPT: 0228T-0231T cover transforaminal work only; 62320-62327 name fluoroscopy or CT"));
    }
    return FamilyCoding.of(services, findings);
  }

  /** A target's level field path, built only for an error. */
  private static String levelPath(SessionProcedure procedure, int target) {
    return procedure.path() + ".targets[" + target + "].level";
  }

  private static List<String> codes(List<CodedService> services) {
    List<String> codes = new ArrayList<>();
    for (CodedService service : services) {
      codes.add(service.code().code());
    }
    return codes;
  }

  private CodeDefinition code(Region region, boolean catheter, boolean imaging) {
    return units[region == Region.CERVICAL_THORACIC ? 0 : 1][catheter ? 1 : 0][imaging ? 1 : 0];
  }

  /**
   * Adds a site to the unit of its region and kind (catheter or single shot), slotted by both in
   * {@code byUnit}; a unit's first site adds it to {@code inOrder}, the order units are reported in.
   */
  private static void gather(Gathered[] byUnit, List<Gathered> inOrder, Region region, Procedure procedure,
      SpinalLevel level, int order) {
    boolean catheter = procedure.indwellingCatheter();
    int unit = region.ordinal() * 2 + (catheter ? 1 : 0);
    Gathered gathered = byUnit[unit];
    if (gathered == null) {
      gathered = new Gathered(region, catheter);
      byUnit[unit] = gathered;
      inOrder.add(gathered);
    }
    gathered.levels.add(level);
    gathered.imaging |= procedure.guidance().isFluoroscopyOrCt();
    gathered.ultrasound |= procedure.guidance() == Guidance.ULTRASOUND;
    if (order < gathered.order) {
      gathered.order = order;
      gathered.purpose = procedure.purpose();
    }
  }

  /** The sites one unit covers in this session, and the guidance used for them. */
  private static final class Gathered {
    final Region region;
    final boolean catheter;
    final EnumSet<SpinalLevel> levels = EnumSet.noneOf(SpinalLevel.class);
    boolean imaging;
    boolean ultrasound;
    int order = Integer.MAX_VALUE;
    Optional<Purpose> purpose = Optional.empty();

    Gathered(Region region, boolean catheter) {
      this.region = region;
      this.catheter = catheter;
    }
  }
}
