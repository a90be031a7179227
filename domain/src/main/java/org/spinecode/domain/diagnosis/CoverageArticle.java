package org.spinecode.domain.diagnosis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/** A billing article with its loaded versions; the version in effect on a date answers for it. */
@Value.Immutable
public abstract class CoverageArticle {
  private static final Pattern ID = Pattern.compile("[Aa]?(\\d{1,6})");
  private static final Comparator<ArticleVersion> LATEST = Comparator.comparing(ArticleVersion::firstDay)
      .thenComparingInt(ArticleVersion::version);

  /** {@code A58745}. */
  public abstract String articleId();

  public abstract List<ArticleVersion> versions();

  /**
   * The version governing the date: of those whose dates hold it, the one that took effect last
   * (the higher version on the same day).
   */
  public Optional<ArticleVersion> inEffectOn(LocalDate dateOfService) {
    return versions().stream().filter(v -> v.governs(dateOfService)).max(LATEST);
  }

  /**
   * An article id as SpineCode shows it, {@code A58745}, from the export's number ({@code 58745})
   * or the shown form.
   *
   * @throws InvalidInputException when the text is not an article id
   */
  public static String id(String text) {
    String trimmed = text == null ? "" : text.strip();
    var matcher = ID.matcher(trimmed);
    if (!matcher.matches()) {
      throw new InvalidInputException("articleId", "not an article id (A and up to six digits)");
    }
    return "A" + Integer.parseInt(matcher.group(1));
  }

  @Value.Check
  protected void check() {
    Set<Integer> numbers = new HashSet<>();
    for (ArticleVersion version : versions()) {
      if (!version.articleId().equals(articleId())) {
        throw new InvalidInputException("versions", version.citation() + " is not a version of " + articleId());
      }
      if (!numbers.add(version.version())) {
        throw new InvalidInputException("versions", articleId() + " has version " + version.version() + " twice");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCoverageArticle.Builder {}
}
