package org.spinecode.domain.encounter;

import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One ICD-10-CM code as the encounter gives it, held dotted and upper case ({@code M54.16}). Only
 * its shape is checked here (CONTRACT.md "Diagnoses"): a letter, a digit, a letter or digit, then
 * up to four letters or digits after an optional dot. Whether the release in effect on the date
 * of service bills it is reference data, judged elsewhere.
 */
@Value.Immutable(builder = false)
public abstract class DiagnosisCode {
  private static final int CATEGORY_LENGTH = 3;
  private static final int MAX_LENGTH = 7;

  /** Dotted upper case, such as {@code M54.16}; a three-character category has no dot. */
  @Value.Parameter
  public abstract String code();

  /**
   * A code written with or without its dot, in any case ({@code m5416}, {@code M54.16}).
   *
   * @throws InvalidInputException when the text is not shaped like an ICD-10-CM code
   */
  public static DiagnosisCode parse(String text) {
    if (text == null) {
      throw new InvalidInputException("", "required: an ICD-10-CM code such as M54.16");
    }
    String written = text.strip();
    StringBuilder plain = new StringBuilder(MAX_LENGTH);
    for (int i = 0; i < written.length(); i++) {
      char c = Character.toUpperCase(written.charAt(i));
      boolean dotInPlace = c == '.' && i == CATEGORY_LENGTH && i < written.length() - 1;
      if (dotInPlace) {
        continue;
      }
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') || plain.length() == MAX_LENGTH) {
        throw notACode(written);
      }
      plain.append(c);
    }
    if (plain.length() < CATEGORY_LENGTH || !isLetter(plain.charAt(0)) || isLetter(plain.charAt(1))) {
      throw notACode(written);
    }
    String category = plain.substring(0, CATEGORY_LENGTH);
    return ImmutableDiagnosisCode.of(plain.length() == CATEGORY_LENGTH ? category
        : category + '.' + plain.substring(CATEGORY_LENGTH));
  }

  /** As X12 writes it: without the dot ({@code M5416}). */
  public String withoutDot() {
    String code = code();
    return code.length() > CATEGORY_LENGTH ? code.substring(0, CATEGORY_LENGTH) + code.substring(CATEGORY_LENGTH + 1)
        : code;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static InvalidInputException notACode(String written) {
    String shown = written.length() > 12 ? written.substring(0, 12) + "..." : written;
    return new InvalidInputException("", "'" + shown.replaceAll("[^\\x20-\\x7e]", "?")
        + "' is not shaped like an ICD-10-CM code (a letter, a digit, a letter or digit, then up to four letters"
        + " or digits after an optional dot, such as M54.16)");
  }

  @Override
  public String toString() {
    return code();
  }
}
