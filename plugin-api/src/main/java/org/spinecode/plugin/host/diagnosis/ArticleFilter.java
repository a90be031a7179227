package org.spinecode.plugin.host.diagnosis;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.spinecode.domain.diagnosis.CoverageArticle;

/**
 * Which rows of the (large) national export to keep: the articles named (such as the billing
 * articles of the Medicare jurisdiction table) and, of those, the ones listing one of the CPT
 * codes named (the installed families' codes). An empty set keeps everything on its axis.
 */
public final class ArticleFilter {
  private static final ArticleFilter ALL = new ArticleFilter(Set.of(), Set.of());

  private final Set<String> articles;
  private final Set<String> cptCodes;

  private ArticleFilter(Set<String> articles, Set<String> cptCodes) {
    this.articles = articles;
    this.cptCodes = cptCodes;
  }

  /** Every article of the export. */
  public static ArticleFilter all() {
    return ALL;
  }

  /**
   * @param articleIds shown ({@code A58745}) or as the export writes them ({@code 58745}); empty: every article
   * @param cptCodes an article is kept when it lists one of them; empty: whatever codes it lists
   */
  public static ArticleFilter of(Collection<String> articleIds, Collection<String> cptCodes) {
    Set<String> ids = new TreeSet<>();
    articleIds.forEach(id -> ids.add(CoverageArticle.id(id)));
    return new ArticleFilter(Set.copyOf(ids), Set.copyOf(cptCodes));
  }

  boolean keepsArticle(String articleId) {
    return articles.isEmpty() || articles.contains(articleId);
  }

  boolean keepsCodes(Collection<String> listed) {
    return cptCodes.isEmpty() || listed.stream().anyMatch(cptCodes::contains);
  }

  @Override
  public String toString() {
    return (articles.isEmpty() ? "every article" : "articles " + new TreeSet<>(articles))
        + (cptCodes.isEmpty() ? "" : " listing one of " + new TreeSet<>(cptCodes));
  }
}
