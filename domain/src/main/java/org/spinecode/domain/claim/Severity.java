package org.spinecode.domain.claim;

/** How much a finding matters to the claim. */
public enum Severity {
  /** The procedure could not be coded; no line for it. */
  ERROR,
  /** An expected denial or a policy problem. */
  WARNING,
  /** Advice. */
  INFO
}
