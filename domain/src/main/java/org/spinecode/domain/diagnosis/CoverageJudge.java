package org.spinecode.domain.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.spinecode.domain.diagnosis.CoverageJudgement.Outcome;

/**
 * The medical-necessity judgement of a billing article, as a pure function: does the article's
 * version in effect on the date cover the procedure code for the encounter's diagnoses? A
 * diagnosis the article lists as not covered never satisfies a group, not even as a partner. A
 * group whose paragraph the reader could not interpret never covers: a diagnosis in it makes the
 * answer {@link Outcome#UNREADABLE} unless a readable group covers the code.
 */
public final class CoverageJudge {
  /** Claim lines point at up to four diagnoses (CMS-1500 box 24E, 837P SV107). */
  static final int MAX_POINTERS = 4;

  private CoverageJudge() {}

  /**
   * @param diagnoses the encounter's codes in order, primary first, any spelling
   */
  public static CoverageJudgement judge(CoverageArticle article, LocalDate dateOfService, String cptCode,
      List<String> diagnoses) {
    CoverageJudgement.Builder judgement = CoverageJudgement.builder().articleId(article.articleId()).cptCode(cptCode);
    if (diagnoses.isEmpty()) {
      return judgement.outcome(Outcome.NO_DIAGNOSES).build();
    }
    Optional<ArticleVersion> inEffect = article.inEffectOn(dateOfService);
    if (inEffect.isEmpty()) {
      return judgement.outcome(Outcome.NO_VERSION_IN_EFFECT).build();
    }
    ArticleVersion version = inEffect.get();
    judgement.version(version.version());
    if (!version.cptCodes().contains(cptCode)) {
      return judgement.outcome(Outcome.CODE_NOT_IN_ARTICLE).build();
    }
    Given given = new Given(diagnoses, version.notCovered());
    judgement.addAllListedNotCovered(given.listedNotCovered());
    List<CoveredGroup> applicable = version.coveredGroups().stream().filter(g -> g.appliesTo(cptCode)).toList();
    if (applicable.isEmpty()) {
      return judgement.outcome(Outcome.NO_GROUP_FOR_CODE).build();
    }
    applicable.stream().filter(g -> !g.secondaryOnly()).forEach(group -> judgement.addGroupsTried(group.label()));

    Set<Integer> satisfying = new TreeSet<>();
    Set<String> notes = new LinkedHashSet<>();
    Set<String> needingPartner = new LinkedHashSet<>();
    Set<String> missingPartners = new LinkedHashSet<>();
    for (CoveredGroup group : applicable) {
      List<Integer> hits = given.in(group);
      if (group.secondaryOnly() || hits.isEmpty()) {
        continue;
      }
      if (!group.notes().isEmpty()) {
        notes.addAll(group.notes());
        continue;
      }
      if (group.partners().isEmpty()) {
        satisfying.addAll(hits);
        continue;
      }
      Partners partners = given.partnersOf(group, version.coveredGroups());
      if (!partners.readable.isEmpty()) {
        satisfying.addAll(hits);
        satisfying.addAll(partners.readable);
      } else if (!partners.notes.isEmpty()) {
        notes.addAll(partners.notes);
      } else {
        needingPartner.add(group.label());
        group.partners().forEach(p -> missingPartners.add("group " + p));
      }
    }
    if (!satisfying.isEmpty()) {
      return judgement.outcome(Outcome.COVERED)
          .addAllPositions(satisfying.stream().limit(MAX_POINTERS).toList()).build();
    }
    if (!notes.isEmpty()) {
      return judgement.outcome(Outcome.UNREADABLE).addAllNotes(notes).build();
    }
    if (!needingPartner.isEmpty()) {
      return judgement.outcome(Outcome.SECONDARY_DIAGNOSIS_REQUIRED)
          .addAllNeedingPartner(needingPartner).addAllMissingPartners(missingPartners).build();
    }
    return judgement.outcome(Outcome.NOT_COVERED).build();
  }

  /** A dual-diagnosis partner found in groups the reader could read, or only in groups it could not. */
  private static final class Partners {
    final Set<Integer> readable = new TreeSet<>();
    final Set<String> notes = new LinkedHashSet<>();
  }

  /** The encounter's diagnoses, with those the article lists as not covered set aside. */
  private static final class Given {
    private final List<String> codes = new ArrayList<>();
    private final List<Boolean> excluded = new ArrayList<>();

    Given(List<String> diagnoses, CodeList notCovered) {
      for (String code : diagnoses) {
        String dotted = DiagnosisCodes.normalise(code);
        codes.add(dotted);
        excluded.add(notCovered.contains(dotted));
      }
    }

    List<String> listedNotCovered() {
      List<String> listed = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        if (excluded.get(i)) {
          listed.add(codes.get(i));
        }
      }
      return listed;
    }

    /** The 1-based positions of the diagnoses in the group. */
    List<Integer> in(CoveredGroup group) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        if (!excluded.get(i) && group.codes().contains(codes.get(i))) {
          positions.add(i + 1);
        }
      }
      return positions;
    }

    Partners partnersOf(CoveredGroup group, List<CoveredGroup> all) {
      Partners partners = new Partners();
      List<Integer> own = in(group);
      for (CoveredGroup other : all) {
        if (!group.partners().contains(other.number())) {
          continue;
        }
        for (int position : in(other)) {
          if (own.contains(position)) {
            continue;
          }
          if (other.notes().isEmpty()) {
            partners.readable.add(position);
          } else {
            partners.notes.addAll(other.notes());
          }
        }
      }
      return partners;
    }
  }
}
