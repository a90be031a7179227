package org.spinecode.domain.diagnosis;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * The billing articles loaded from one Medicare Coverage Database export, by article id, with the
 * export's date. No coverage rows ship with SpineCode: a user downloads the export from CMS.
 */
@Value.Immutable
public abstract class CoverageArticles {
  private static final CoverageArticles NONE = builder().source("none").build();

  /** By article id ({@code A58745}). */
  public abstract Map<String, CoverageArticle> articles();

  /** The latest change the export records, when it says. */
  public abstract Optional<LocalDate> exportDate();

  /** Where it was read from. */
  public abstract String source();

  /** The article, from its shown id ({@code A58745}) or the export's number. */
  public Optional<CoverageArticle> article(String articleId) {
    return Optional.ofNullable(articles().get(CoverageArticle.id(articleId)));
  }

  /** How many article versions are loaded. */
  public int versionCount() {
    return articles().values().stream().mapToInt(a -> a.versions().size()).sum();
  }

  /** For listings and {@code dataVersion}: the export's date, {@code undated}, or {@code none}. */
  public String version() {
    if (articles().isEmpty()) {
      return "none";
    }
    return exportDate().map(LocalDate::toString).orElse("undated");
  }

  @Value.Check
  protected void check() {
    articles().forEach((id, article) -> {
      if (!id.equals(article.articleId())) {
        throw new InvalidInputException("articles", "article " + article.articleId()
            + " is filed under " + id);
      }
    });
  }

  public static CoverageArticles none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCoverageArticles.Builder {}
}
