package org.spinecode.domain.edit;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One claim line as someone billed it: a code, its modifiers as written (such as {@code "50"},
 * {@code "RT"}, {@code "XS"}), and units. Validated as strictly as an encounter: a code has the
 * shape of a CPT or HCPCS code, a modifier is two letters or digits, units are a whole number
 * from 1 to {@link #MAX_UNITS}; a bad value names its field ({@code units}, {@code modifiers[1]}).
 */
@Value.Immutable
public abstract class BilledLine {
  /**
   * The most units one billed line may carry. No code SpineCode judges has an MUE above a few
   * units; the bound keeps a typing slip (or an overflowing number) from reading as a claim.
   */
  public static final int MAX_UNITS = 999;

  static final String CODE_WORDS = "a billed code is five characters shaped like a CPT code (64483, 0213T)"
      + " or a HCPCS code (G0260)";
  static final String MODIFIER_WORDS = "a modifier is two letters or digits, such as 50, RT or KX";
  public static final String UNITS_WORDS = "units are a whole number from 1 to " + MAX_UNITS + ", such as 2";

  @Value.Parameter
  public abstract String code();

  /** Modifiers as written on the claim, in claim order; may be empty. */
  @Value.Parameter
  public abstract List<String> modifiers();

  /** Units, from 1 to {@link #MAX_UNITS}. */
  @Value.Parameter
  public abstract int units();

  /**
   * The diagnoses the line points at, as billed: 1-based positions in the encounter's
   * {@code diagnoses}; may be empty. {@code ClaimChecker} checks them against the encounter.
   */
  public abstract List<Integer> diagnosisPointers();

  @Value.Check
  protected void check() {
    if (!codeShaped(code())) {
      throw new InvalidInputException("code", CODE_WORDS);
    }
    for (int m = 0; m < modifiers().size(); m++) {
      String modifier = modifiers().get(m);
      if (modifier.length() != 2 || !letterOrDigit(modifier.charAt(0)) || !letterOrDigit(modifier.charAt(1))) {
        throw new InvalidInputException("modifiers[" + m + "]", MODIFIER_WORDS);
      }
    }
    if (units() < 1 || units() > MAX_UNITS) {
      throw new InvalidInputException("units", UNITS_WORDS);
    }
  }

  /**
   * What a code looks like: CPT category I (64483), II and III (0213T), PLA and MAAA (four digits
   * and F, M, T or U), or HCPCS level II (G0260: a letter A-V, the letters HCPCS uses, so that the
   * text form's {@code x1000} stays units). Written out rather than as a pattern: every billed line
   * is checked.
   */
  static boolean codeShaped(String code) {
    if (code.length() != 5) {
      return false;
    }
    for (int i = 1; i < 4; i++) {
      if (!digit(code.charAt(i))) {
        return false;
      }
    }
    char first = code.charAt(0);
    char last = code.charAt(4);
    return digit(first) && (digit(last) || last == 'F' || last == 'M' || last == 'T' || last == 'U')
        || first >= 'A' && first <= 'V' && digit(last);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean letterOrDigit(char c) {
    return digit(c) || c >= 'A' && c <= 'Z';
  }

  public static BilledLine of(String code, List<String> modifiers, int units) {
    return ImmutableBilledLine.of(code, modifiers, units);
  }

  /** One unit, no modifiers. */
  public static BilledLine of(String code) {
    return ImmutableBilledLine.of(code, List.of(), 1);
  }

  /**
   * A line as a person wrote it: code and modifiers trimmed and read in any case (ASCII letters
   * only, so no other script's letter turns into one), then validated.
   *
   * @throws InvalidInputException naming {@code code}, {@code modifiers[i]} or {@code units}
   */
  public static BilledLine read(String code, List<String> modifiers, int units) {
    if (code == null) {
      throw new InvalidInputException("code", "required: " + CODE_WORDS);
    }
    List<String> written = new ArrayList<>(modifiers == null ? 0 : modifiers.size());
    for (int m = 0; modifiers != null && m < modifiers.size(); m++) {
      if (modifiers.get(m) == null) {
        throw new InvalidInputException("modifiers[" + m + "]", MODIFIER_WORDS);
      }
      written.add(upper(modifiers.get(m)));
    }
    return of(upper(code), written, units);
  }

  /** Trimmed, with ASCII letters in upper case: {@code "ıt"} stays unreadable rather than becoming {@code "IT"}. */
  static String upper(String text) {
    String trimmed = text.strip();
    char[] chars = trimmed.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - 'a' + 'A');
      }
    }
    return new String(chars);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableBilledLine.Builder {}
}
