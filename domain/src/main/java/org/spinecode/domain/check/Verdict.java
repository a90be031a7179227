package org.spinecode.domain.check;

/** Whether the billed lines are the lines SpineCode codes; MATCH is not a promise of payment. */
public enum Verdict {
  MATCH, DIFFERS
}
