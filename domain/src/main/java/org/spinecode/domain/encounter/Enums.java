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
      String key = normalise(text);
      E alias = aliases.get(key);
      if (alias != null) {
        return alias;
      }
      for (E value : type.getEnumConstants()) {
        if (value.name().equals(key)) {
          return value;
        }
      }
    }
    throw new InvalidInputException("", "'" + text + "' is not one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  static String normalise(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace('/', '_');
  }
}
