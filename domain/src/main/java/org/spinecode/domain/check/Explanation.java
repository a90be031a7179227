package org.spinecode.domain.check;

/** Why a line differs, in plain words, and the authority behind it. */
record Explanation(String message, String source) {
  /** When no rule explains a difference: what differs, from SpineCode's own coding. */
  static final String CODED = "SpineCode's coding of the encounter (CONTRACT.md)";
}
