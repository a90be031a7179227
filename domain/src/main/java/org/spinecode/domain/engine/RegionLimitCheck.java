package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.policy.RegionLimit;
import org.spinecode.domain.spine.Region;

/**
 * Codes sharing a region-limit group may be done in one code region per session: the lines of
 * every region after the first one in input order are expected denials.
 */
final class RegionLimitCheck implements PolicyCheck {

  @Override
  public void apply(ClaimReview review) {
    List<Group> groups = null;
    for (int i = 0; i < review.billables.size(); i++) {
      Billable billable = review.billables.get(i);
      RegionLimit limit = review.firstInForce(billable.service.code(), RegionLimit.KIND);
      if (limit != null) {
        if (groups == null) {
          groups = new ArrayList<>(2);
        }
        Group.of(groups, limit).units.add(billable);
      }
    }
    if (groups == null) {
      return;
    }
    for (int i = 0; i < groups.size(); i++) {
      check(review, groups.get(i));
    }
  }

  private static void check(ClaimReview review, Group group) {
    Region firstRegion = null;
    int firstOrder = Integer.MAX_VALUE;
    for (Billable billable : group.units) {
      if (billable.service.order() < firstOrder) {
        firstOrder = billable.service.order();
        firstRegion = billable.service.region();
      }
    }
    Region first = firstRegion;
    String limitGroup = group.limit.group();
    Set<String> codes = null;
    for (Billable billable : group.units) {
      if (billable.service.region() != first) {
        if (codes == null) {
          codes = review.draft(RuleIds.REGION_LIMIT_EXCEEDED + limitGroup, RuleIds.REGION_LIMIT_EXCEEDED,
              () -> review.payerWords() + " covers " + limitGroup.toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " injections in one region per session; the first region done was "
                  + first.words() + ", so the other region's lines" + review.pluralDenialWords(),
              group.limit);
        }
        codes.add(billable.code());
        review.deny(billable);
      }
    }
  }


  /** The billables whose codes share a region limit group, and the first limit seen for it. */
  private static final class Group {
    final RegionLimit limit;
    final List<Billable> units = new ArrayList<>(4);

    private Group(RegionLimit limit) {
      this.limit = limit;
    }

    /** The group of the limit's group name, added in first-seen order; a claim has one or two. */
    static Group of(List<Group> groups, RegionLimit limit) {
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i).limit.group().equals(limit.group())) {
          return groups.get(i);
        }
      }
      Group group = new Group(limit);
      groups.add(group);
      return group;
    }
  }
}
