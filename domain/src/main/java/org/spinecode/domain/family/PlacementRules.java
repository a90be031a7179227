package org.spinecode.domain.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.Side;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * What a family with laterality accepts as targets, and the per-side placements that follow:
 * a bilateral target places its level on each side, nerves become the joints they complete.
 * Violations are {@link InvalidInputException}s with the full field path.
 */
public final class PlacementRules {
  private final String familyWords;
  private boolean nerves;
  private boolean purposeRequired;
  private Predicate<SpinalLevel> levels = level -> true;
  private String levelsWords = "";

  private PlacementRules(String familyWords) {
    this.familyWords = familyWords;
  }

  /** Rules for a family named in messages by these words, such as "transforaminal". */
  public static PlacementRules forFamily(String familyWords) {
    return new PlacementRules(familyWords);
  }

  /** Targets may name medial branches instead of a level. */
  public PlacementRules acceptingNerves() {
    this.nerves = true;
    return this;
  }

  /** Every procedure must state its purpose (it decides KX and frequency buckets). */
  public PlacementRules requiringPurpose() {
    this.purposeRequired = true;
    return this;
  }

  /** Only these levels; {@code words} says which, for the error message. */
  public PlacementRules levels(Predicate<SpinalLevel> accepted, String words) {
    this.levels = accepted;
    this.levelsWords = words;
    return this;
  }

  /** One placement per level and side, in input order. */
  public List<Placement> place(Session session) {
    List<Placement> placements = new ArrayList<>();
    for (SessionProcedure sp : session.procedures()) {
      Procedure procedure = sp.procedure();
      Optional<Purpose> purpose = procedure.purpose();
      if (purposeRequired && purpose.isEmpty()) {
        throw new InvalidInputException(sp.path() + ".purpose", "required for " + familyWords
            + " work: DIAGNOSTIC or THERAPEUTIC decides Medicare's KX modifier and frequency bucket");
      }
      if (procedure.targets().isEmpty()) {
        throw new InvalidInputException(sp.path() + ".targets", "at least one target is required");
      }
      for (int t = 0; t < procedure.targets().size(); t++) {
        Target target = procedure.targets().get(t);
        if (!nerves && !target.nerves().isEmpty()) {
          throw new InvalidInputException(path(sp, t, ".nerves"), familyWords + " targets take a level, not nerves");
        }
        Optional<Laterality> side = target.side();
        if (side.isEmpty()) {
          throw new InvalidInputException(path(sp, t, ".side"),
              "required for " + familyWords + " work: LEFT, RIGHT or BILATERAL");
        }
        List<Side> sides = side.get().sides();
        List<SpinalLevel> sites = target.sites();
        for (int l = 0; l < sites.size(); l++) {
          SpinalLevel level = sites.get(l);
          if (!levels.test(level)) {
            throw new InvalidInputException(path(sp, t, target.level().isPresent() ? ".level" : ".nerves"),
                level + " is not a " + familyWords + " level: " + levelsWords);
          }
          for (int k = 0; k < sides.size(); k++) {
            placements.add(Placement.of(level, sides.get(k), purpose, order(sp.index(), t)));
          }
        }
      }
    }
    return placements;
  }

  /** A target's field path, built only for an error: {@code procedures[2].targets[1].side}. */
  private static String path(SessionProcedure procedure, int target, String field) {
    return procedure.path() + ".targets[" + target + "]" + field;
  }

  /** Input order of a target: by procedure, then by target. */
  public static int order(int procedureIndex, int targetIndex) {
    return procedureIndex * 65_536 + targetIndex;
  }
}
