package org.spinecode.cli.command;

import org.spinecode.rest.wire.ResultJson.ClaimLineJson;
import org.spinecode.rest.wire.ResultJson.LineJson;

/** Claim lines as a coder writes them: {@code 64493-50-KX x1}. */
final class ClaimText {
  private ClaimText() {}

  static String of(ClaimLineJson line) {
    return line == null ? "" : of(line.code(), line.modifiers(), line.units());
  }

  static String of(LineJson line) {
    return of(line.code(), line.modifiers(), line.units());
  }

  private static String of(String code, Iterable<String> modifiers, int units) {
    StringBuilder text = new StringBuilder(code);
    for (String modifier : modifiers) {
      text.append('-').append(modifier);
    }
    return text.append(" x").append(units).toString();
  }
}
