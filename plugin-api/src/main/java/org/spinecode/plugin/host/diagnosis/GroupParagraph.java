package org.spinecode.plugin.host.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one covered-group paragraph (or asterisk explanation) of a billing article says, read from
 * its HTML: the CPT/HCPCS codes it is for ("... provide coverage for CPT codes: 62321, 62323 and
 * 64483"), its dual-diagnosis ties ("a code from Group 1 and a code from Group 2", "Refer to Group
 * 3 for the secondary codes required", "must be billed with a code from Group 4"), a bare role
 * label ("Secondary Diagnosis Codes:"), and every sentence that states a condition the reader
 * does not know ("only", "must", "except", another group, a modifier ...), kept word for word as a
 * note. Sentences that state no condition are read as description.
 */
final class GroupParagraph {
  /** A role the paragraph gives its group without naming the other group. */
  enum Role { NONE, PRIMARY, SECONDARY }

  /** Codes of {@code primary} count only with a code of {@code partner}. */
  static final class Tie {
    final int primary;
    final int partner;
    /** True when the text calls the partner's codes secondary: they never count alone. */
    final boolean partnerSecondary;

    Tie(int primary, int partner, boolean partnerSecondary) {
      this.primary = primary;
      this.partner = partner;
      this.partnerSecondary = partnerSecondary;
    }
  }

  private static final int I = Pattern.CASE_INSENSITIVE;
  private static final String TOKEN = "(?:\\d{4}[0-9A-Z]|[A-Z]\\d{4})";
  private static final String SEP = "\\s*(?:,|&|\\band\\b|\\bor\\b|-|\u2013|\\bthrough\\b|\\bthru\\b|\\bto\\b)\\s*";
  private static final Pattern SCOPE = Pattern.compile("\\bfor\\s+(?:the\\s+following\\s+)?"
      + "(?:(?:cpt\u00ae?|hcpcs|cpt/hcpcs|procedure)\\s*(?:/\\s*hcpcs\\s*)?)?(?:codes?\\s*:?\\s*)?"
      + "(" + TOKEN + "(?:" + SEP + "(?:and\\s+|or\\s+)?" + TOKEN + ")*)(?:\\s+only)?\\b", I);
  private static final Pattern SCOPE_PART = Pattern.compile("(" + TOKEN + ")|(-|\u2013|\\bthrough\\b|\\bthru\\b|\\bto\\b)", I);
  private static final String KIND = "(?:(?:icd-10(?:-cm)?|diagnosis|dx|secondary|primary|additional)\\s+)*";
  private static final String A_CODE_FROM = "(?:a|one|an|any)\\s+" + KIND + "codes?\\s+(?:from|in|listed\\s+in)\\s+"
      + "(?:the\\s+)?group\\s*(\\d+)(?:\\s*\\([^)]*\\))?";
  private static final String VERB = "(?:(?:(?:must|should|are\\s+to|is\\s+to|to)\\s+)?(?:also\\s+)?(?:be\\s+)?"
      + "(?:billed|reported|coded|used|submitted|bill|report|use|code)\\s*:?\\s*(?:both\\s+)?|"
      + "(?:requires?|required)\\s+(?:both\\s+)?)?";
  private static final Pattern BOTH = Pattern.compile(VERB + A_CODE_FROM + "\\s*,?\\s+and\\s+(?:also\\s+)?"
      + A_CODE_FROM, I);
  private static final Pattern REFER = Pattern.compile("refer\\s+to\\s+group\\s*(\\d+)\\s+for\\s+(?:the\\s+)?"
      + "(primary|secondary)\\s*" + KIND.replace("secondary|primary|", "") + "(?:codes?)?"
      + "(?:\\s+(?:that\\s+(?:are|is)\\s+)?required)?(?:\\s+for\\s+coverage)?", I);
  private static final Pattern WITH = Pattern.compile("(?:(?:(?:must|should|are\\s+to|is\\s+to|to)\\s+)?(?:also\\s+)?"
      + "(?:be\\s+)?(?:billed|reported|coded|used|submitted)\\s+(?:in\\s+combination\\s+with|in\\s+conjunction\\s+with"
      + "|along\\s+with|together\\s+with|with)|(?:requires?|required))\\s+" + A_CODE_FROM, I);
  private static final Pattern GROUP = Pattern.compile("\\bgroup\\s*(\\d+)", I);
  private static final Pattern LABEL = Pattern.compile("(?:the\\s+following\\s+(?:are\\s+)?(?:the\\s+)?)?"
      + "(primary|secondary)\\s+(?:(?:icd-10(?:-cm)?|diagnosis|diagnoses|dx)\\s*)*(?:codes?)?(?:\\s+list)?", I);
  private static final Pattern HEADING = Pattern.compile("\\bgroup\\s*\\d+\\s+(?:paragraph|codes?)\\s*:?"
      + "|\\bdual\\s+diagnos[ie]s(?:\\s+codes?)?\\s*:?|\\basterisk\\s+explanation\\s*:?|\\bn/a\\b", I);
  private static final Pattern DESCRIPTION = Pattern.compile("specificity|\\bit\\s+is\\s+the\\s+provider"
      + "|not\\s+listed[^.;]*\\bnot\\s+(?:be\\s+)?(?:covered|considered\\s+reasonable)", I);
  private static final Pattern CONDITION = Pattern.compile("\\b(?:must|only|requires?|required|except|unless|when"
      + "|if|combination|conjunction|along\\s+with|together\\s+with|billed\\s+with|limited|modifier|frequency"
      + "|not\\s+covered|non-?covered|do\\s+not|does\\s+not|should\\s+not|cannot|can\\s+not|may\\s+not|not\\s+be"
      + "|secondary|primary|in\\s+addition|additional|exclud\\w*|group\\s*\\d+)\\b", I);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("amp", "&"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("sol", "/"), Map.entry("ndash", "-"), Map.entry("mdash", "-"), Map.entry("rsquo", "'"),
      Map.entry("lsquo", "'"), Map.entry("ldquo", "\""), Map.entry("rdquo", "\""), Map.entry("reg", "\u00ae"),
      Map.entry("trade", ""), Map.entry("bull", " "), Map.entry("middot", " "));
  private static final int NOTE_CHARS = 400;

  final String text;
  final Set<String> cptScope = new TreeSet<>();
  final List<Tie> ties = new ArrayList<>();
  Role role = Role.NONE;
  final List<String> notes = new ArrayList<>();

  private GroupParagraph(String text) {
    this.text = text;
  }

  /** Reads the paragraph of group {@code group}, given as the export's HTML. */
  static GroupParagraph read(int group, String html) {
    GroupParagraph paragraph = new GroupParagraph(plain(html));
    for (String line : paragraph.text.split("\n")) {
      for (String sentence : line.split("(?<=[.;!?])\\s+")) {
        paragraph.sentence(group, sentence.trim());
      }
    }
    return paragraph;
  }

  private void sentence(int group, String sentence) {
    if (sentence.isEmpty() || DESCRIPTION.matcher(sentence).find()) {
      return;
    }
    String rest = scope(sentence);
    int known = ties.size();
    rest = ties(group, rest);
    for (Tie tie : ties.subList(known, ties.size())) {
      // the groups a tie names, as its subject too ("Codes in Group 5 must be billed with ...")
      rest = Pattern.compile("\\bgroup\\s*(?:" + tie.primary + "|" + tie.partner + ")\\b", I).matcher(rest)
          .replaceAll(" ");
    }
    rest = HEADING.matcher(rest).replaceAll(" ");
    rest = Pattern.compile("\\bgroup\\s*" + group + "\\b", I).matcher(rest).replaceAll(" ");
    String bare = rest.replaceAll("[\\s:.;,*]+", " ").trim();
    Matcher label = LABEL.matcher(bare);
    if (label.matches()) {
      role = label.group(1).equalsIgnoreCase("primary") ? Role.PRIMARY : Role.SECONDARY;
    } else if (CONDITION.matcher(rest).find()) {
      notes.add(sentence.length() > NOTE_CHARS ? sentence.substring(0, NOTE_CHARS) + "..." : sentence);
    }
  }

  /** Takes the CPT/HCPCS scope phrases out of the sentence, keeping their codes. */
  private String scope(String sentence) {
    Matcher m = SCOPE.matcher(sentence);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      codes(m.group(1));
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    return rest.toString();
  }

  private void codes(String list) {
    Matcher part = SCOPE_PART.matcher(list);
    String previous = null;
    boolean range = false;
    while (part.find()) {
      if (part.group(1) == null) {
        range = true;
        continue;
      }
      String code = part.group(1).toUpperCase(Locale.ROOT);
      if (range && previous != null && previous.chars().allMatch(Character::isDigit)
          && code.chars().allMatch(Character::isDigit) && Integer.parseInt(code) > Integer.parseInt(previous)
          && Integer.parseInt(code) - Integer.parseInt(previous) <= 100) {
        for (int c = Integer.parseInt(previous) + 1; c < Integer.parseInt(code); c++) {
          cptScope.add(String.format("%05d", c));
        }
      }
      cptScope.add(code);
      previous = code;
      range = false;
    }
  }

  /** Takes the dual-diagnosis phrases out of the sentence, keeping their ties. */
  private String ties(int group, String sentence) {
    String rest = replace(BOTH, sentence, (m, text) -> ties.add(new Tie(number(m.group(1)), number(m.group(2)), true)));
    rest = replace(REFER, rest, (m, text) -> {
      int other = number(m.group(1));
      boolean secondary = m.group(2).equalsIgnoreCase("secondary");
      ties.add(secondary ? new Tie(group, other, true) : new Tie(other, group, true));
    });
    return replace(WITH, rest, (m, text) -> {
      Matcher subject = GROUP.matcher(text.substring(0, m.start()));
      int primary = subject.find() ? number(subject.group(1)) : group;
      ties.add(new Tie(primary, number(m.group(1)), m.group().toLowerCase(Locale.ROOT).contains("secondary")));
    });
  }

  private interface Found {
    void found(Matcher m, String text);
  }

  private static String replace(Pattern pattern, String text, Found found) {
    Matcher m = pattern.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      found.found(m, text);
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    return rest.toString();
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  /**
   * The paragraph as plain text, one line per HTML block: entities decoded (twice, as the export
   * sometimes encodes its HTML twice), tags dropped, spaces collapsed.
   */
  static String plain(String html) {
    String text = entities(entities(html == null ? "" : html));
    text = text.replaceAll("(?i)<\\s*(?:br|/p|/li|/div|/tr|/h\\d|p|li|div|tr)\\b[^>]*>", "\n").replaceAll("<[^>]*>", " ");
    StringBuilder plain = new StringBuilder();
    for (String line : text.split("\n")) {
      String collapsed = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
      if (!collapsed.isEmpty()) {
        plain.append(plain.length() == 0 ? "" : "\n").append(collapsed);
      }
    }
    return plain.toString();
  }

  private static String entities(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        value = codePoint(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        value = codePoint(name.substring(1), 10);
      } else {
        value = ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String digits, int radix) {
    try {
      int point = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(point) ? new String(Character.toChars(point)) : " ";
    } catch (NumberFormatException e) {
      return " ";
    }
  }
}
