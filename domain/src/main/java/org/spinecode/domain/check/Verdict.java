package org.spinecode.domain.check;

/**
 * Whether the billed lines are the lines SpineCode codes; MATCH is not a promise of payment.
 * NOT_COMPARED: a scrub, billed lines without procedures, judged by the edits and diagnosis checks alone.
 */
public enum Verdict {
  MATCH, DIFFERS, NOT_COMPARED
}
