package org.spinecode.domain.diagnosis;

import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * A range of ICD-10-CM codes as articles and code tables write it, ends included, each end
 * standing for itself and every code beneath it: {@code M40-M54} holds M40.00 through M54.9,
 * {@code M48.061-M48.062} holds those two codes (and any further characters under them), and
 * {@code B02.2-B02.2} every code under B02.2.
 */
@Value.Immutable
public abstract class CodeRange {

  /** Dotted upper case. */
  @Value.Parameter
  public abstract String first();

  /** Dotted upper case. */
  @Value.Parameter
  public abstract String last();

  public boolean contains(String code) {
    String key = DiagnosisCodes.key(code);
    String low = DiagnosisCodes.key(first());
    String high = DiagnosisCodes.key(last());
    return head(key, low.length()).compareTo(low) >= 0 && head(key, high.length()).compareTo(high) <= 0;
  }

  private static String head(String key, int length) {
    return key.length() > length ? key.substring(0, length) : key;
  }

  @Value.Check
  protected CodeRange normalised() {
    String low = DiagnosisCodes.normalise(first());
    String high = DiagnosisCodes.normalise(last());
    if (low.compareTo(high) > 0) {
      throw new InvalidInputException("range", "the range " + low + "-" + high + " ends before it starts");
    }
    return low.equals(first()) && high.equals(last()) ? this : ImmutableCodeRange.of(low, high);
  }

  public static CodeRange of(String first, String last) {
    return ImmutableCodeRange.of(first, last);
  }

  /** One code and everything under it. */
  public static CodeRange under(String code) {
    return of(code, code);
  }

  /**
   * {@code M40-M54}, {@code M48.061 - M48.062} or a single code.
   *
   * @throws InvalidInputException when either end is not shaped like an ICD-10-CM code
   */
  public static CodeRange parse(String text) {
    int dash = text.indexOf('-');
    return dash < 0 ? under(text.strip()) : of(text.substring(0, dash).strip(), text.substring(dash + 1).strip());
  }

  @Override
  public String toString() {
    return first().equals(last()) ? first() : first() + "-" + last();
  }
}
