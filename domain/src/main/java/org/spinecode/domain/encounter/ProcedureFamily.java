package org.spinecode.domain.encounter;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * A procedure family, such as {@code FACET}. An open value rather than an enum: a drop-in plugin
 * adds families the core has never heard of.
 */
@Value.Immutable(builder = false, prehash = true)
public abstract class ProcedureFamily implements Comparable<ProcedureFamily> {

  /** The family's name in UPPER_SNAKE_CASE. */
  @Value.Parameter
  public abstract String name();

  /** The name in a finding's words, such as {@code facet} or {@code radiofrequency ablation}. */
  @Value.Derived
  @Value.Auxiliary
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static final int CACHE_LIMIT = 256;
  private static final Map<String, ProcedureFamily> SEEN = new ConcurrentHashMap<>();

  /** A family by name, forgiving case, spaces and hyphens. */
  public static ProcedureFamily of(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("", "a procedure family is required");
    }
    ProcedureFamily seen = SEEN.get(name);
    if (seen != null) {
      return seen;
    }
    ProcedureFamily family = ImmutableProcedureFamily.of(Enums.normalise(name));
    // Bounded, so arbitrary input cannot grow it.
    if (SEEN.size() < CACHE_LIMIT) {
      SEEN.put(name, family);
    }
    return family;
  }

  @Value.Check
  protected void check() {
    if (!isName(name())) {
      throw new InvalidInputException("", "'" + name() + "' is not a family name (letters, digits, _)");
    }
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || name.length() > 64 || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(ProcedureFamily other) {
    return name().compareTo(other.name());
  }

  @Override
  public String toString() {
    return name();
  }
}
