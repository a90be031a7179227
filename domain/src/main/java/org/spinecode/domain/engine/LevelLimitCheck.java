package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.spine.SpinalLevel;

/**
 * At most so many distinct levels per region per session (a level on both sides is one level).
 * The excess units come off the add-on lines onto their own expected-denial line, last add-on
 * first and the last levels first; a primary line is never marked.
 */
final class LevelLimitCheck implements PolicyCheck {
  private static final Comparator<Billable> LAST_ADD_ON_FIRST = Comparator
      .comparingInt((Billable b) -> b.rank).reversed()
      .thenComparing(LevelLimitCheck::lastLevel, Comparator.reverseOrder())
      .thenComparing(b -> b.service.side());

  @Override
  public PolicyKind<LevelLimit> kind() {
    return LevelLimit.KIND;
  }

  @Override
  public void apply(ClaimReview review) {
    List<Billable> billables = review.billables;
    List<LevelLimit> limits = review.firstInForceOfEach(LevelLimit.KIND);
    // Groups (one session and code region) in first-seen order, found by scanning: a claim has a
    // few billables, and the groups are only gathered into lists when their limit is exceeded.
    for (int i = 0; i < limits.size(); i++) {
      if (limits.get(i) == null || !startsGroup(billables, limits, i)) {
        continue;
      }
      LevelLimit strictest = limits.get(i);
      long levels = 0;
      for (int k = i; k < limits.size(); k++) {
        if (limits.get(k) != null && sameGroup(billables.get(i), billables.get(k))) {
          levels |= billables.get(k).levels;
          strictest = limits.get(k).maxLevels() < strictest.maxLevels() ? limits.get(k) : strictest;
        }
      }
      if (Long.bitCount(levels) > strictest.maxLevels()) {
        check(review, members(billables, limits, i), strictest, levels);
      }
    }
  }

  private static boolean startsGroup(List<Billable> billables, List<LevelLimit> limits, int at) {
    for (int j = 0; j < at; j++) {
      if (limits.get(j) != null && sameGroup(billables.get(j), billables.get(at))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameGroup(Billable a, Billable b) {
    return a.session == b.session && a.service.region() == b.service.region();
  }

  /** The limited billables of the group that {@code first} starts, in order. */
  private static List<Billable> members(List<Billable> billables, List<LevelLimit> limits, int first) {
    List<Billable> members = new ArrayList<>(4);
    for (int k = first; k < limits.size(); k++) {
      if (limits.get(k) != null && sameGroup(billables.get(first), billables.get(k))) {
        members.add(billables.get(k));
      }
    }
    return members;
  }

  private static void check(ClaimReview review, List<Billable> group, LevelLimit limit, long done) {
    List<Billable> excess = excessAddOns(group, limit.maxLevels());
    Set<String> codes = new FewCodes();
    for (Billable billable : group) {
      if (excess.isEmpty() || excess.contains(billable)) {
        codes.add(billable.code());
      }
      if (excess.contains(billable)) {
        review.deny(billable);
      }
    }
    Billable any = group.get(0);
    review.draft(RuleIds.LEVEL_LIMIT_EXCEEDED + any.session + any.service.region(), RuleIds.LEVEL_LIMIT_EXCEEDED,
        () -> review.payerWords() + " covers at most " + limit.maxLevels() + " "
            + familyWords(any.service.code()) + " level" + (limit.maxLevels() == 1 ? "" : "s")
            + " per region per session; " + Long.bitCount(done) + " " + any.service.region().words()
            + " levels were done (" + String.join(", ", LevelBits.labels(done)) + ")"
            + (excess.isEmpty()
                ? "; the code is reported once, so no unit is split off"
                : "; the excess units of " + String.join(", ", codes) + " go on their own line"
                    + review.denialWords()),
        limit).addAll(codes);
  }

  /**
   * The add-on units to take off, last add-on first and the last levels first, until the levels
   * left are within the limit. A list in the order taken: the units are few.
   */
  private static List<Billable> excessAddOns(List<Billable> group, int maxLevels) {
    List<Billable> candidates = new ArrayList<>();
    for (Billable billable : group) {
      if (billable.service.code().isAddOn()) {
        candidates.add(billable);
      }
    }
    candidates.sort(LAST_ADD_ON_FIRST);
    List<Billable> excess = new ArrayList<>();
    for (Billable candidate : candidates) {
      if (Long.bitCount(levelsOf(group, excess)) <= maxLevels) {
        break;
      }
      excess.add(candidate);
    }
    return excess;
  }

  private static SpinalLevel lastLevel(Billable billable) {
    List<SpinalLevel> levels = billable.service.levels();
    return levels.get(levels.size() - 1);
  }

  /** The distinct levels of the group but {@code except}, as {@link LevelBits}. */
  private static long levelsOf(List<Billable> group, List<Billable> except) {
    long levels = 0;
    for (int i = 0; i < group.size(); i++) {
      Billable billable = group.get(i);
      if (!except.contains(billable)) {
        levels |= billable.levels;
      }
    }
    return levels;
  }

  private static String familyWords(CodeDefinition code) {
    return code.family().words();
  }
}
