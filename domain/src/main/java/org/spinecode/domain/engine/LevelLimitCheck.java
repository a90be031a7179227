package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.policy.LevelLimit;
import org.spinecode.domain.spine.Region;
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
  public void apply(ClaimReview review) {
    List<Group> groups = null;
    for (int i = 0; i < review.billables.size(); i++) {
      Billable billable = review.billables.get(i);
      LevelLimit own = review.firstInForce(billable.service.code(), LevelLimit.KIND);
      if (own != null) {
        if (groups == null) {
          groups = new ArrayList<>(2);
        }
        Group group = Group.of(groups, billable.session, billable.service.region());
        group.units.add(billable);
        if (group.limit == null || own.maxLevels() < group.limit.maxLevels()) {
          group.limit = own;
        }
      }
    }
    if (groups == null) {
      return;
    }
    for (int i = 0; i < groups.size(); i++) {
      check(review, groups.get(i).units, groups.get(i).limit);
    }
  }

  private static void check(ClaimReview review, List<Billable> group, LevelLimit limit) {
    long done = levelsOf(group, null);
    if (Long.bitCount(done) <= limit.maxLevels()) {
      return;
    }
    List<Billable> excess = excessAddOns(group, limit.maxLevels());
    Set<String> codes = new LinkedHashSet<>();
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
      if (except == null || !except.contains(billable)) {
        levels |= LevelBits.of(billable.service.levels());
      }
    }
    return levels;
  }

  private static String familyWords(CodeDefinition code) {
    return code.family().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The billables of one session and code region that carry a level limit, and the strictest. */
  private static final class Group {
    final int session;
    final Region region;
    final List<Billable> units = new ArrayList<>(4);
    LevelLimit limit;

    private Group(int session, Region region) {
      this.session = session;
      this.region = region;
    }

    /** The group for this session and region, added in first-seen order; a claim has few. */
    static Group of(List<Group> groups, int session, Region region) {
      for (Group group : groups) {
        if (group.session == session && group.region == region) {
          return group;
        }
      }
      Group group = new Group(session, region);
      groups.add(group);
      return group;
    }
  }
}
