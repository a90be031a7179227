package org.spinecode.domain.engine;

import java.util.List;
import java.util.Set;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.RegionLimit;
import org.spinecode.domain.spine.Region;

/**
 * Codes sharing a region-limit group may be done in one code region per session: the lines of
 * every region after the first one in input order are expected denials.
 */
final class RegionLimitCheck implements PolicyCheck {

  @Override
  public PolicyKind<RegionLimit> kind() {
    return RegionLimit.KIND;
  }

  @Override
  public void apply(ClaimReview review) {
    List<Billable> billables = review.billables;
    List<RegionLimit> limits = review.firstInForceOfEach(RegionLimit.KIND);
    // Groups (codes sharing a limit group) in first-seen order, found by scanning: a claim has a
    // few billables; the first limit seen for a group is the group's.
    for (int i = 0; i < limits.size(); i++) {
      if (limits.get(i) != null && startsGroup(limits, i)) {
        check(review, billables, limits, i);
      }
    }
  }

  private static boolean startsGroup(List<RegionLimit> limits, int at) {
    for (int j = 0; j < at; j++) {
      if (limits.get(j) != null && limits.get(j).group().equals(limits.get(at).group())) {
        return false;
      }
    }
    return true;
  }

  /** Denies the lines of the group {@code first} starts done in any region but the first one done. */
  private static void check(ClaimReview review, List<Billable> billables, List<RegionLimit> limits, int first) {
    RegionLimit limit = limits.get(first);
    String limitGroup = limit.group();
    Region firstRegion = null;
    int firstOrder = Integer.MAX_VALUE;
    for (int k = first; k < limits.size(); k++) {
      Billable billable = billables.get(k);
      if (limits.get(k) != null && limits.get(k).group().equals(limitGroup) && billable.service.order() < firstOrder) {
        firstOrder = billable.service.order();
        firstRegion = billable.service.region();
      }
    }
    Region firstDone = firstRegion;
    Set<String> codes = null;
    for (int k = first; k < limits.size(); k++) {
      Billable billable = billables.get(k);
      if (limits.get(k) == null || !limits.get(k).group().equals(limitGroup) || billable.service.region() == firstDone) {
        continue;
      }
      if (codes == null) {
        codes = review.draft(RuleIds.REGION_LIMIT_EXCEEDED + limitGroup, RuleIds.REGION_LIMIT_EXCEEDED,
            () -> review.payerWords() + " covers " + limit.groupWords()
                + " injections in one region per session; the first region done was "
                + firstDone.words() + ", so the other region's lines" + review.pluralDenialWords(),
            limit);
      }
      codes.add(billable.code());
      review.deny(billable);
    }
  }
}
