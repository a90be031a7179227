package org.spinecode.domain.encounter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.spinecode.domain.InvalidInputException;

/** Lenient reading of the contract's enum values: {@code fluoroscopy} is FLUOROSCOPY. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    return parse(type, text, Map.of());
  }

  /** Also accepts the unambiguous other names coders use, such as FLUORO for FLUOROSCOPY. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, Map<String, E> aliases) {
    if (text != null) {
      // Most input is already in the contract's form: look it up before normalising.
      E exact = exact(type, text);
      if (exact != null) {
        return exact;
      }
      String key = normalise(text);
      E alias = aliases.get(key);
      if (alias != null) {
        return alias;
      }
      E normalised = exact(type, key);
      if (normalised != null) {
        return normalised;
      }
    }
    throw new InvalidInputException("", "'" + text + "' is not one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** Each enum's constants by name, so that parsing does not clone the constants array. */
  private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new java.util.HashMap<>();
      for (Object value : type.getEnumConstants()) {
        byName.put(((Enum<?>) value).name(), (Enum<?>) value);
      }
      return byName;
    }
  };

  private static <E extends Enum<E>> E exact(Class<E> type, String text) {
    return type.cast(BY_NAME.get(type).get(text));
  }

  static String normalise(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace('/', '_');
  }
}
