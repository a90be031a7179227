package org.spinecode.domain.encounter;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.spinecode.domain.InvalidInputException;

/** Lenient reading of the contract's enum values: {@code fluoroscopy} is FLUOROSCOPY. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text != null) {
      String key = normalise(text);
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
    return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
