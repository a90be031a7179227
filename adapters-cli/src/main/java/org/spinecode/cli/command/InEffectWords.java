package org.spinecode.cli.command;

/** A code's dates in effect, for listings: {@code from 2017-01-01}, {@code through 2020-12-31}, or both. */
final class InEffectWords {

  private InEffectWords() {}

  static String of(String from, String through) {
    if (from == null && through == null) {
      return "every date SpineCode codes (2017-01-01 on)";
    }
    return (from == null ? "" : "from " + from) + (from != null && through != null ? " " : "")
        + (through == null ? "" : "through " + through);
  }
}
