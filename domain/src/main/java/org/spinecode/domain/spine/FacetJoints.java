package org.spinecode.domain.spine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.spinecode.domain.InvalidInputException;

/**
 * Facet joints counted from the nerves that supply them. Coders count joints, not nerves (CMS
 * billing article A58350 and the other facet billing articles: "count the number of facet joints
 * injected, not the number of nerves"). Each joint from C2-C3 down to L5-S1 is supplied by two
 * neighbouring nerves in {@link MedialBranch} order: C2-C3 by TON and C3, C7-T1 by C7 and C8,
 * T1-T2 by C8 and T1, L4-L5 by L3 and L4, L5-S1 by L4 and the L5 dorsal ramus. So k contiguous
 * nerves block k-1 joints. Two exceptions: C2-C3 has a singular nerve supply from the third
 * occipital nerve (L33930), so TON alone, or TON with C3, blocks C2-C3; and the S1 dorsal ramus
 * adds to L5-S1 and blocks no joint of its own.
 */
public final class FacetJoints {
  private static final SpinalLevel[] LEVELS = SpinalLevel.values();
  private static final int FIRST_JOINT = SpinalLevel.C2_C3.ordinal();

  private FacetJoints() {}

  /** True for the segments that have a facet joint code: C2-C3 to L5-S1. */
  public static boolean isFacetJoint(SpinalLevel level) {
    return level.compareTo(SpinalLevel.C2_C3) >= 0 && level.compareTo(SpinalLevel.L5_S1) <= 0;
  }

  /** The two nerves that supply a facet joint, upper first. */
  public static List<MedialBranch> nervesOf(SpinalLevel joint) {
    if (!isFacetJoint(joint)) {
      throw new IllegalArgumentException(joint + " has no facet joint code");
    }
    int upper = joint.ordinal() - FIRST_JOINT;
    MedialBranch[] nerves = MedialBranch.values();
    return List.of(nerves[upper], nerves[upper + 1]);
  }

  /**
   * The joints blocked by a list of nerves, head to tail. A nerve that completes no joint is an
   * error naming its position in the list ({@code [2]}); the caller adds the rest of the path.
   */
  public static List<SpinalLevel> fromNerves(List<MedialBranch> nerves) {
    if (nerves.isEmpty()) {
      throw new InvalidInputException("", "at least two nerves are needed to block a facet joint");
    }
    EnumSet<MedialBranch> listed = EnumSet.copyOf(nerves);
    List<SpinalLevel> joints = new ArrayList<>();
    MedialBranch[] order = MedialBranch.values();
    for (int i = 0; i + 1 < order.length - 1; i++) {
      boolean thirdOccipital = order[i] == MedialBranch.TON && listed.contains(MedialBranch.TON);
      if (thirdOccipital || listed.contains(order[i]) && listed.contains(order[i + 1])) {
        joints.add(LEVELS[FIRST_JOINT + i]);
      }
    }
    for (int k = 0; k < nerves.size(); k++) {
      MedialBranch nerve = nerves.get(k);
      if (!completesAJoint(nerve, joints)) {
        throw new InvalidInputException("[" + k + "]", "nerve " + nerve
            + " completes no facet joint: each joint needs both of its nerves (L4-L5 takes L3 and L4)");
      }
    }
    return joints;
  }

  private static boolean completesAJoint(MedialBranch nerve, List<SpinalLevel> joints) {
    if (nerve == MedialBranch.S1) {
      return joints.contains(SpinalLevel.L5_S1);
    }
    for (SpinalLevel joint : joints) {
      if (nervesOf(joint).contains(nerve)) {
        return true;
      }
    }
    return false;
  }
}
