package org.spinecode.domain.diagnosis;

import java.util.Locale;
import java.util.regex.Pattern;
import org.spinecode.domain.InvalidInputException;

/**
 * The one spelling of an ICD-10-CM code inside SpineCode: upper case, with the dot after the
 * third character when there are more than three ({@code m5416} and {@code M54.16} are the same
 * code). ICD-10-CM codes are a letter, a digit, a digit or letter, then up to four digits or
 * letters.
 */
public final class DiagnosisCodes {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9][0-9A-Z]([0-9A-Z]{1,4})?");

  private DiagnosisCodes() {}

  /**
   * The dotted upper-case form.
   *
   * @throws InvalidInputException when the text is not shaped like an ICD-10-CM code
   */
  public static String normalise(String code) {
    String key = key(code);
    return key.length() > 3 ? key.substring(0, 3) + "." + key.substring(3) : key;
  }

  /** True when {@code code} is shaped like an ICD-10-CM code, with or without its dot, any case. */
  public static boolean isShaped(String code) {
    return code != null && SHAPE.matcher(dotless(code)).matches() && dotAt3(code.strip());
  }

  /** The dotless upper-case form, the order file's spelling. */
  static String key(String code) {
    if (!isShaped(code)) {
      throw new InvalidInputException("", "'" + printable(code) + "' is not an ICD-10-CM code");
    }
    return dotless(code);
  }

  private static String dotless(String code) {
    return code.strip().replace(".", "").toUpperCase(Locale.ROOT);
  }

  /** A dot, when written, sits after the third character and only there. */
  private static boolean dotAt3(String code) {
    int dot = code.indexOf('.');
    return dot < 0 || (dot == 3 && code.indexOf('.', dot + 1) < 0 && code.length() > 4);
  }

  /** At most a short prefix of what was given, so a message never carries long input. */
  private static String printable(String code) {
    if (code == null) {
      return "";
    }
    String text = code.strip();
    return text.length() > 10 ? text.substring(0, 10) + "..." : text;
  }
}
