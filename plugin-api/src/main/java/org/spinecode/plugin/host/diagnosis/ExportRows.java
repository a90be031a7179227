package org.spinecode.plugin.host.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The rows of one article version gathered from the export's files, before they become values. */
final class ExportRows {
  /** How a code row sits in a range the article lists: CMS writes Y/N or true/false, some exports B/M/E. */
  enum Mark { NONE, RANGE, BEGIN, MIDDLE, END }

  /** One covered or not-covered code row. */
  static final class CodeRow {
    final String code;
    final Mark mark;
    final boolean asterisk;
    final int sortOrder;
    final int line;

    CodeRow(String code, Mark mark, boolean asterisk, int sortOrder, int line) {
      this.code = code;
      this.mark = mark;
      this.asterisk = asterisk;
      this.sortOrder = sortOrder;
      this.line = line;
    }
  }

  final String articleId;
  final int version;
  final int line;
  final String title;
  final boolean retired;
  final LocalDate firstDay;
  final Optional<LocalDate> lastDay;
  final Set<String> cptCodes = new LinkedHashSet<>();
  final Map<Integer, String> paragraphs = new TreeMap<>();
  final Map<Integer, String> asteriskTexts = new HashMap<>();
  final Map<Integer, List<CodeRow>> covered = new TreeMap<>();
  final List<CodeRow> notCovered = new ArrayList<>();

  ExportRows(String articleId, int version, int line, String title, boolean retired, LocalDate firstDay,
      Optional<LocalDate> lastDay) {
    this.articleId = articleId;
    this.version = version;
    this.line = line;
    this.title = title;
    this.retired = retired;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  static String key(String articleId, int version) {
    return articleId + "|" + version;
  }
}
