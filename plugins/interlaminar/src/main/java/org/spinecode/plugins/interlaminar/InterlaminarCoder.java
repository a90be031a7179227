package org.spinecode.plugins.interlaminar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * One unit per region per day, whatever the number of levels or sides (CPT; bilateral indicator
 * 0): the session's levels are gathered by region and by catheter or single shot. A caudal entry
 * counts as one lumbar/sacral site, the sacral hiatus. Ultrasound is not fluoroscopy or CT and has
 * no Category III code for this family, so it codes as without imaging.
 */
final class InterlaminarCoder implements FamilyCoder {

  @Override
  public FamilyCoding code(Session session) {
    boolean imaging = session.guidance() == Guidance.FLUOROSCOPY || session.guidance() == Guidance.CT;
    Map<String, Gathered> byCode = new LinkedHashMap<>();
    for (SessionProcedure sp : session.procedures()) {
      Procedure procedure = sp.procedure();
      if (procedure.isCaudal()) {
        gather(byCode, code(Region.LUMBAR_SACRAL, procedure.indwellingCatheter(), imaging),
            SpinalLevel.SACRAL_HIATUS, procedure.purpose(), PlacementRules.order(sp.index(), 0));
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
        gather(byCode, code(level.region(), procedure.indwellingCatheter(), imaging),
            level, procedure.purpose(), PlacementRules.order(sp.index(), t));
      }
    }
    List<CodedService> services = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Gathered gathered : byCode.values()) {
      CodeDefinition code = gathered.code;
      services.add(CodedService.builder()
          .code(code).side(Side.NONE).addAllLevels(gathered.levels)
          .purpose(gathered.purpose).order(gathered.order).build());
      if (gathered.levels.size() > 1) {
        findings.add(Finding.of(RuleIds.LEVELS_IN_ONE_UNIT, Severity.INFO,
            gathered.levels.size() + " interlaminar sites in the " + code.region().words()
                + " region are one unit of " + code.code() + ": the code is reported once per region per day",
            List.of(code.code()), "CPT 62320-62327 guidelines; MUE 1 per day"));
      }
    }
    if (session.guidance() == Guidance.ULTRASOUND) {
      findings.add(Finding.of("ULTRASOUND_CODED_AS_UNGUIDED", Severity.INFO,
          "There is no Category III code for an ultrasound-guided interlaminar or caudal epidural;"
              + " it is coded as without imaging", codes(services),
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

  private static CodeDefinition code(Region region, boolean catheter, boolean imaging) {
    if (region == Region.CERVICAL_THORACIC) {
      return catheter ? (imaging ? InterlaminarCodes.C62325 : InterlaminarCodes.C62324)
          : (imaging ? InterlaminarCodes.C62321 : InterlaminarCodes.C62320);
    }
    return catheter ? (imaging ? InterlaminarCodes.C62327 : InterlaminarCodes.C62326)
        : (imaging ? InterlaminarCodes.C62323 : InterlaminarCodes.C62322);
  }

  private static void gather(Map<String, Gathered> byCode, CodeDefinition code,
      SpinalLevel level, Optional<Purpose> purpose, int order) {
    Gathered gathered = byCode.computeIfAbsent(code.code(), c -> new Gathered(code));
    gathered.levels.add(level);
    if (order < gathered.order) {
      gathered.order = order;
      gathered.purpose = purpose;
    }
  }

  /** The sites one code covers in this session. */
  private static final class Gathered {
    final CodeDefinition code;
    final EnumSet<SpinalLevel> levels = EnumSet.noneOf(SpinalLevel.class);
    int order = Integer.MAX_VALUE;
    Optional<Purpose> purpose = Optional.empty();

    Gathered(CodeDefinition code) {
      this.code = code;
    }
  }
}
