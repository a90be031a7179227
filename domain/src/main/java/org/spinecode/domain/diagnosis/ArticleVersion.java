package org.spinecode.domain.diagnosis;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One version of a Medicare contractor's billing and coding article (CMS Medicare Coverage
 * Database): the dates of service it governs, the CPT/HCPCS codes it lists, its covered-diagnosis
 * groups and the diagnoses it lists as not covered. A retired version governs through its end
 * date; a retired version without one governs no date.
 */
@Value.Immutable
public abstract class ArticleVersion {

  /** {@code A58745}. */
  public abstract String articleId();

  public abstract int version();

  @Value.Default
  public String title() {
    return "";
  }

  @Value.Default
  public boolean retired() {
    return false;
  }

  public abstract LocalDate firstDay();

  /** The last date of service it governs, inclusive; empty while open. */
  public abstract Optional<LocalDate> lastDay();

  public abstract Set<String> cptCodes();

  public abstract List<CoveredGroup> coveredGroups();

  @Value.Default
  public CodeList notCovered() {
    return CodeList.empty();
  }

  public boolean governs(LocalDate dateOfService) {
    if (dateOfService.isBefore(firstDay())) {
      return false;
    }
    return lastDay().isPresent() ? !dateOfService.isAfter(lastDay().get()) : !retired();
  }

  /** {@code A58745 version 3}. */
  public String citation() {
    return articleId() + " version " + version();
  }

  @Value.Check
  protected void check() {
    if (!CoverageArticle.id(articleId()).equals(articleId())) {
      throw new InvalidInputException("articleId", "an article id is written A and its number, not " + articleId());
    }
    Set<Integer> numbers = new HashSet<>();
    coveredGroups().forEach(group -> numbers.add(group.number()));
    for (CoveredGroup group : coveredGroups()) {
      for (int partner : group.partners()) {
        if (!numbers.contains(partner)) {
          throw new InvalidInputException("coveredGroups", citation() + " " + group.label()
              + " names group " + partner + ", which the article does not have");
        }
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableArticleVersion.Builder {}
}
