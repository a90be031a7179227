package org.spinecode.domain.diagnosis;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a billing article says about one procedure code and an encounter's diagnoses on a date of
 * service. Only {@link Outcome#COVERED} says covered; an answer the article's text does not let
 * the reader give is {@link Outcome#UNREADABLE}, never covered.
 */
@Value.Immutable
public abstract class CoverageJudgement {

  /** The answers. */
  public enum Outcome {
    /** A covered group is satisfied (with its dual-diagnosis partner where it needs one). */
    COVERED,
    /** No diagnosis satisfies a covered group that applies to the code. */
    NOT_COVERED,
    /** The only groups the diagnoses fall in need a code of another group, and none is given. */
    SECONDARY_DIAGNOSIS_REQUIRED,
    /** A diagnosis falls in a group whose paragraph the reader could not interpret (INFO). */
    UNREADABLE,
    /** The article's version in effect does not list the procedure code. */
    CODE_NOT_IN_ARTICLE,
    /** The article lists the code but no covered group applies to it: nothing to judge by. */
    NO_GROUP_FOR_CODE,
    /** No version of the article governs the date of service. */
    NO_VERSION_IN_EFFECT,
    /** The encounter gives no diagnosis: no coverage check. */
    NO_DIAGNOSES
  }

  public abstract Outcome outcome();

  /** {@code A58745}. */
  public abstract String articleId();

  /** The version in effect, when one is. */
  public abstract Optional<Integer> version();

  public abstract String cptCode();

  /** COVERED: the 1-based positions of the diagnoses that satisfy it, a partner included, at most four. */
  public abstract List<Integer> positions();

  /** The groups that apply to the code and can cover, alone or with a partner ({@code group 1}, {@code group 2*}). */
  public abstract List<String> groupsTried();

  /** SECONDARY_DIAGNOSIS_REQUIRED: the groups given a code whose partner is missing. */
  public abstract List<String> needingPartner();

  /** SECONDARY_DIAGNOSIS_REQUIRED: the groups one of whose codes would complete them. */
  public abstract List<String> missingPartners();

  /** Diagnoses given that the article lists as not covered (dotted). */
  public abstract List<String> listedNotCovered();

  /** UNREADABLE: what the paragraphs say that the reader could not interpret. */
  public abstract List<String> notes();

  public boolean covered() {
    return outcome() == Outcome.COVERED;
  }

  /** {@code A58745 version 3}, or the id alone when no version is in effect. */
  public String citation() {
    return articleId() + version().map(v -> " version " + v).orElse("");
  }

  /** The judgement in plain words, naming the article, its version and the groups. */
  public String words() {
    String groups = groupsTried().isEmpty() ? "no group" : String.join(", ", groupsTried());
    String notCovered = listedNotCovered().isEmpty() ? ""
        : "; the article lists " + String.join(", ", listedNotCovered()) + " as not covered";
    return switch (outcome()) {
      case COVERED -> citation() + " covers " + cptCode() + " for diagnosis position(s) " + positions();
      case NOT_COVERED -> "no diagnosis given supports " + cptCode() + " under " + citation() + " (" + groups
          + " tried)" + notCovered;
      case SECONDARY_DIAGNOSIS_REQUIRED -> citation() + " covers " + cptCode() + " for a code of "
          + String.join(", ", needingPartner()) + " only with a code of " + String.join(" or ", missingPartners())
          + " as well, and none is given" + notCovered;
      case UNREADABLE -> citation() + " for " + cptCode() + " says what SpineCode cannot interpret: "
          + String.join(" | ", notes());
      case CODE_NOT_IN_ARTICLE -> citation() + " does not list " + cptCode();
      case NO_GROUP_FOR_CODE -> citation() + " lists " + cptCode() + " but no covered-diagnosis group for it";
      case NO_VERSION_IN_EFFECT -> "no version of " + articleId() + " governs the date of service";
      case NO_DIAGNOSES -> "no diagnosis given: " + articleId() + " not checked";
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCoverageJudgement.Builder {}
}
