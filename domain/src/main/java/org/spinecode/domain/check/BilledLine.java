package org.spinecode.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Modifier;

/**
 * A line as it stands on a claim: code, modifiers in the order written, units. Modifiers are
 * text, because a billed claim carries modifiers SpineCode never sets (59, XS, ...).
 */
@Value.Immutable
public abstract class BilledLine {

  @Value.Parameter
  public abstract String code();

  @Value.Parameter
  public abstract List<String> modifiers();

  @Value.Parameter
  public abstract int units();

  @Value.Check
  protected BilledLine normalize() {
    if (units() < 1) {
      throw new InvalidInputException("units", "a billed line has at least one unit");
    }
    if (code().isBlank() || code().length() > 10) {
      throw new InvalidInputException("code", "a billed line needs a code such as 64483");
    }
    boolean clean = code().equals(code().strip().toUpperCase(Locale.ROOT));
    List<String> modifiers = new ArrayList<>(modifiers().size());
    for (int i = 0; i < modifiers().size(); i++) {
      String modifier = modifiers().get(i).strip().toUpperCase(Locale.ROOT);
      if (modifier.length() != 2) {
        throw new InvalidInputException("modifiers[" + i + "]", "a modifier is two characters, such as 50 or RT");
      }
      clean &= modifier.equals(modifiers().get(i));
      modifiers.add(modifier);
    }
    return clean ? this : of(code().strip().toUpperCase(Locale.ROOT), modifiers, units());
  }

  public static BilledLine of(String code, List<String> modifiers, int units) {
    return ImmutableBilledLine.of(code, modifiers, units);
  }

  /** SpineCode's own line in the same shape, for comparison and for the check's expected side. */
  public static BilledLine of(ClaimLine line) {
    List<String> modifiers = new ArrayList<>(line.modifiers().size());
    for (Modifier modifier : line.modifiers()) {
      modifiers.add(modifier.code());
    }
    return ImmutableBilledLine.of(line.code(), modifiers, line.units());
  }

  /** The claim's way of writing it: {@code 64493-50-KX x1}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(code());
    for (String modifier : modifiers()) {
      text.append('-').append(modifier);
    }
    return text.append(" x").append(units()).toString();
  }
}
