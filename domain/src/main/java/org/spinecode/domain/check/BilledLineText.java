package org.spinecode.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.edit.BilledLine;

/**
 * Billed lines as a coder writes them: {@code 64493-50-KX x1}, one per line or separated by
 * {@code ;} or a comma; spaces, commas and hyphens all separate, and each code starts a line.
 * Units are {@code x2} (or a lone digit, {@code 2}) and default to 1. Read as strictly as the
 * JSON form: a token that is none of these (a stray number, a second unit count, a modifier that
 * is not two letters or digits) is an error naming the line ({@code billed[1].units}), never
 * dropped.
 */
public final class BilledLineText {
  private static final Pattern CODE = Pattern.compile("[0-9]{4}[0-9A-Z]|[A-V][0-9]{4}");
  private static final Pattern UNITS = Pattern.compile("X[0-9]+|[0-9]");
  private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

  private BilledLineText() {}

  public static List<BilledLine> parse(String text) {
    return parse(text, 0);
  }

  /**
   * The lines of {@code text}; {@code first} is the index the first of them takes in the claim's
   * {@code billed} lines (a CSV claim adds lines row by row), for the paths of errors.
   */
  public static List<BilledLine> parse(String text, int first) {
    List<BilledLine> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    String code = null;
    List<String> modifiers = new ArrayList<>();
    String units = null;
    for (String written : text.strip().split("[\\s,;\\-]+")) {
      String token = upper(written);
      if (token.isEmpty()) {
        continue;
      }
      String at = "billed[" + (first + lines.size()) + "]";
      if (CODE.matcher(token).matches()) {
        if (code != null) {
          lines.add(line(code, modifiers, units, at));
        }
        code = token;
        modifiers = new ArrayList<>();
        units = null;
      } else if (code == null) {
        throw new InvalidInputException(at + ".code", "a billed line starts with a five-character code such as 64483");
      } else if (UNITS.matcher(token).matches()) {
        if (units != null) {
          throw new InvalidInputException(at + ".units", "units are given twice; write them once, such as x2");
        }
        units = token;
      } else if (MODIFIER.matcher(token).matches()) {
        modifiers.add(token);
      } else if (token.length() == 5) {
        throw new InvalidInputException("billed[" + (first + lines.size() + 1) + "].code", "a billed code is five"
            + " characters shaped like a CPT code (64483, 0213T) or a HCPCS code (G0260)");
      } else if (token.chars().allMatch(Character::isDigit)) {
        throw new InvalidInputException(at + ".units", "a stray number: units read x2 (or one digit), a modifier"
            + " is two characters and a code five");
      } else if (token.startsWith("X") && token.length() > 1 && Character.isDigit(token.charAt(1))) {
        throw new InvalidInputException(at + ".units", BilledLine.UNITS_WORDS + ", written x2");
      } else {
        throw new InvalidInputException(at + ".modifiers[" + modifiers.size() + "]",
            "a modifier is two letters or digits (50, RT, KX) and units read x1");
      }
    }
    if (code != null) {
      lines.add(line(code, modifiers, units, "billed[" + (first + lines.size()) + "]"));
    }
    return lines;
  }

  private static BilledLine line(String code, List<String> modifiers, String units, String at) {
    try {
      return BilledLine.of(code, modifiers, units == null ? 1 : units(units));
    } catch (InvalidInputException e) {
      throw e.within(at);
    }
  }

  /** {@code x2} or {@code 2}; a count too large for an int reads as out of range, not as a parse failure. */
  private static int units(String token) {
    String digits = token.startsWith("X") ? token.substring(1) : token;
    String significant = digits.replaceFirst("^0+(?=[0-9])", "");
    return significant.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(significant);
  }

  /** ASCII letters in upper case only, so that no other script's letter turns into one. */
  private static String upper(String token) {
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return out.toString();
  }

  /** The claim's way of writing a line: {@code 64493-50-KX x1}. */
  public static String format(BilledLine line) {
    StringBuilder text = new StringBuilder(line.code());
    for (String modifier : line.modifiers()) {
      text.append('-').append(modifier);
    }
    return text.append(" x").append(line.units()).toString();
  }

  /** SpineCode's own line in the billed shape, for comparison and for the check's expected side. */
  public static BilledLine asBilled(ClaimLine line) {
    List<String> modifiers = new ArrayList<>(line.modifiers().size());
    for (Modifier modifier : line.modifiers()) {
      modifiers.add(modifier.code());
    }
    return BilledLine.of(line.code(), modifiers, line.units());
  }
}
