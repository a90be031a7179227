package org.spinecode.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.Region;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * The most common facet audit finding: the medial branches counted as levels. A facet level is a
 * joint, and k contiguous nerves block k-1 joints, so a claim that bills one level per nerve bills
 * a level too many (CMS A58350; L33930).
 */
final class NervesCountedAsLevels {
  static final String SOURCE = "CMS A58350 (facet joint interventions: a level is a joint, not a nerve); LCD L33930";
  private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight"};

  private NervesCountedAsLevels() {}

  /** The explanation, when the code's family was described by nerves that outnumber its joints. */
  static Optional<Explanation> explain(CheckContext context, String code, String consequence) {
    Optional<CodeDefinition> definition = context.code(code);
    if (definition.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<MedialBranch> nerves = new TreeSet<>();
    TreeSet<SpinalLevel> joints = new TreeSet<>();
    for (Procedure procedure : context.encounter().procedures()) {
      if (!procedure.family().equals(definition.get().family())) {
        continue;
      }
      for (Target target : procedure.targets()) {
        if (!target.nerves().isEmpty() && regionOf(target).equals(definition.get().region())) {
          nerves.addAll(target.nerves());
          joints.addAll(target.sites());
        }
      }
    }
    nerves.remove(MedialBranch.S1);
    if (nerves.size() <= joints.size()) {
      return Optional.empty();
    }
    List<String> jointNames = new ArrayList<>();
    joints.forEach(joint -> jointNames.add(joint.label()));
    return Optional.of(new Explanation(number(nerves.size()) + " medial branches " + join(nerves) + " block "
        + number(joints.size()) + (joints.size() == 1 ? " joint (" : " joints (") + String.join(", ", jointNames)
        + "): " + consequence + "; a facet level is a joint, not a nerve", SOURCE));
  }

  private static Region regionOf(Target target) {
    return target.sites().get(0).region();
  }

  private static String join(TreeSet<MedialBranch> nerves) {
    List<String> names = new ArrayList<>();
    nerves.forEach(nerve -> names.add(nerve.name()));
    return String.join(", ", names);
  }

  private static String number(int n) {
    return n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
  }
}
