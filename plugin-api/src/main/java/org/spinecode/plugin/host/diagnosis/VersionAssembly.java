package org.spinecode.plugin.host.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spinecode.domain.diagnosis.ArticleVersion;
import org.spinecode.domain.diagnosis.CodeList;
import org.spinecode.domain.diagnosis.CodeRange;
import org.spinecode.domain.diagnosis.CoveredGroup;
import org.spinecode.plugin.host.diagnosis.ExportRows.CodeRow;
import org.spinecode.plugin.host.diagnosis.ExportRows.Mark;

/**
 * Turns one article version's rows into its value, reading the groups' paragraphs together: a tie
 * one paragraph states binds the groups it names; a group whose paragraph only calls its codes
 * "primary" is tied to the groups whose paragraphs call theirs "secondary"; a tie or a label that
 * cannot be placed becomes a note on its group, so the group never covers on its own word.
 */
final class VersionAssembly {
  private final ExportRows rows;
  private final Set<Integer> numbers = new TreeSet<>();
  private final Map<Integer, GroupParagraph> paragraphs = new HashMap<>();
  private final Map<Integer, GroupParagraph> asterisks = new HashMap<>();
  private final Map<Integer, Set<Integer>> partners = new HashMap<>();
  private final Map<Integer, Set<Integer>> asteriskPartners = new HashMap<>();
  private final Set<Integer> secondary = new TreeSet<>();
  private final Map<Integer, List<String>> notes = new HashMap<>();

  private VersionAssembly(ExportRows rows) {
    this.rows = rows;
  }

  static ArticleVersion version(ExportRows rows) {
    return new VersionAssembly(rows).build();
  }

  private ArticleVersion build() {
    numbers.addAll(rows.covered.keySet());
    numbers.addAll(rows.paragraphs.keySet());
    for (int number : numbers) {
      GroupParagraph paragraph = GroupParagraph.read(number, rows.paragraphs.getOrDefault(number, ""));
      paragraphs.put(number, paragraph);
      notes.put(number, new ArrayList<>(paragraph.notes));
      String asterisk = rows.asteriskTexts.getOrDefault(number, "");
      if (!GroupParagraph.plain(asterisk).isBlank() && asterisked(number)) {
        asterisks.put(number, GroupParagraph.read(number, asterisk));
      }
    }
    paragraphs.forEach((number, paragraph) -> tie(number, paragraph, partners));
    asterisks.forEach((number, paragraph) -> tie(number, paragraph, asteriskPartners));
    labels();
    ArticleVersion.Builder version = ArticleVersion.builder().articleId(rows.articleId).version(rows.version)
        .title(rows.title).retired(rows.retired).firstDay(rows.firstDay).lastDay(rows.lastDay)
        .addAllCptCodes(rows.cptCodes).notCovered(codes(rows.notCovered));
    for (int number : numbers) {
      List<CodeRow> codeRows = rows.covered.getOrDefault(number, List.of());
      GroupParagraph asterisk = asterisks.get(number);
      version.addCoveredGroups(group(number, false, asterisk == null ? codeRows
          : codeRows.stream().filter(r -> !r.asterisk).toList(), paragraphs.get(number)));
      if (asterisk != null) {
        version.addCoveredGroups(group(number, true, codeRows.stream().filter(r -> r.asterisk).toList(), asterisk));
      }
    }
    return version.build();
  }

  private boolean asterisked(int number) {
    return rows.covered.getOrDefault(number, List.of()).stream().anyMatch(r -> r.asterisk);
  }

  private CoveredGroup group(int number, boolean asterisk, List<CodeRow> codeRows, GroupParagraph text) {
    Set<Integer> with = new TreeSet<>(partners.getOrDefault(number, Set.of()));
    List<String> groupNotes = new ArrayList<>(notes.get(number));
    Set<String> scope = paragraphs.get(number).cptScope;
    if (asterisk) {
      with.addAll(asteriskPartners.getOrDefault(number, Set.of()));
      groupNotes.addAll(text.notes);
      scope = text.cptScope.isEmpty() ? scope : text.cptScope;
    }
    return CoveredGroup.builder().number(number).asterisk(asterisk).codes(codes(codeRows)).addAllCptScope(scope)
        .addAllPartners(with).secondaryOnly(secondary.contains(number)).addAllNotes(groupNotes)
        .paragraph(text.text).build();
  }

  /** Records the ties a paragraph states; one naming a group the version lacks is a note. */
  private void tie(int owner, GroupParagraph paragraph, Map<Integer, Set<Integer>> into) {
    for (GroupParagraph.Tie tie : paragraph.ties) {
      if (tie.primary == tie.partner || !numbers.contains(tie.primary) || !numbers.contains(tie.partner)) {
        notes.get(owner).add("names group " + (numbers.contains(tie.primary) ? tie.partner : tie.primary)
            + " for a dual diagnosis, which this article version does not have");
        continue;
      }
      (tie.primary == owner ? into : partners).computeIfAbsent(tie.primary, n -> new LinkedHashSet<>()).add(tie.partner);
      if (tie.partnerSecondary) {
        secondary.add(tie.partner);
      }
    }
  }

  /** Groups labelled primary go with those labelled secondary; a label without its counterpart is a note. */
  private void labels() {
    List<Integer> primaries = new ArrayList<>();
    List<Integer> secondaries = new ArrayList<>();
    paragraphs.forEach((number, paragraph) -> {
      if (paragraph.role == GroupParagraph.Role.PRIMARY && !partners.containsKey(number)) {
        primaries.add(number);
      } else if (paragraph.role == GroupParagraph.Role.SECONDARY) {
        if (isPartner(number)) {
          secondary.add(number);
        } else {
          secondaries.add(number);
        }
      }
    });
    if (!primaries.isEmpty() && !secondaries.isEmpty()) {
      primaries.forEach(p -> partners.computeIfAbsent(p, n -> new LinkedHashSet<>()).addAll(secondaries));
      secondary.addAll(secondaries);
      return;
    }
    primaries.forEach(p -> notes.get(p).add("calls its codes primary but no group holds the secondary codes"));
    secondaries.forEach(s -> notes.get(s).add("calls its codes secondary but no group names them as its partner"));
  }

  private boolean isPartner(int number) {
    return partners.values().stream().anyMatch(set -> set.contains(number))
        || asteriskPartners.values().stream().anyMatch(set -> set.contains(number));
  }

  /**
   * The codes of some rows: a row standing for a range ({@code M48.061-M48.062}) is a range; rows
   * marked B ... E, in the article's order, are listed one by one and form the range they bound.
   */
  static CodeList codes(List<CodeRow> codeRows) {
    CodeList.Builder list = CodeList.builder();
    String begin = null;
    for (CodeRow row : codeRows.stream().sorted(Comparator.comparingInt((CodeRow r) -> r.sortOrder)
        .thenComparingInt(r -> r.line)).toList()) {
      if (row.code.contains("-")) {
        list.addRanges(CodeRange.parse(row.code));
        continue;
      }
      list.addCodes(row.code);
      if (row.mark == Mark.BEGIN) {
        begin = row.code;
      } else if (row.mark == Mark.END && begin != null && begin.compareTo(row.code) < 0) {
        list.addRanges(CodeRange.of(begin, row.code));
        begin = null;
      }
    }
    return list.build();
  }
}
