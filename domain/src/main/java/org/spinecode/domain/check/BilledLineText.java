package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Modifier;

/**
 * Billed lines as a coder writes them: {@code 64493-50-KX x1}, one per line or separated by
 * {@code ;} or a comma; spaces, commas and hyphens all separate, and each code starts a line.
 * Units are {@code x2} (or a lone digit) and default to 1.
 */
public final class BilledLineText {
  private static final Pattern CODE = Pattern.compile("[0-9]{4}[0-9A-Z]|[A-Z][0-9]{4}");
  // x2, or a lone digit: a modifier is always two characters, so 50 and 59 stay modifiers.
  private static final Pattern UNITS = Pattern.compile("X[0-9]{1,3}|[0-9]|[0-9]{3}");

  private BilledLineText() {}

  public static List<BilledLine> parse(String text) {
    List<BilledLine> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    String code = null;
    List<String> modifiers = new ArrayList<>();
    int units = 1;
    for (String token : text.strip().toUpperCase(Locale.ROOT).split("[\\s,;\\-]+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (CODE.matcher(token).matches()) {
        if (code != null) {
          lines.add(line(code, modifiers, units, lines.size()));
        }
        code = token;
        modifiers = new ArrayList<>();
        units = 1;
      } else if (code == null) {
        throw new InvalidInputException("billed[0].code", "a billed line starts with a five-character code such as 64483");
      } else if (UNITS.matcher(token).matches()) {
        units = Integer.parseInt(token.startsWith("X") ? token.substring(1) : token);
      } else if (token.length() == 2) {
        modifiers.add(token);
      } else {
        throw new InvalidInputException("billed[" + lines.size() + "].modifiers",
            "a modifier is two characters (50, RT, KX) and units read x1");
      }
    }
    if (code != null) {
      lines.add(line(code, modifiers, units, lines.size()));
    }
    return lines;
  }

  private static BilledLine line(String code, List<String> modifiers, int units, int index) {
    try {
      return BilledLine.of(code, modifiers, units);
    } catch (InvalidInputException e) {
      throw e.within("billed[" + index + "]");
    }
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
