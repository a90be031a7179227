package org.spinecode.domain.check;

/** How one billed line departs from SpineCode's lines. */
public enum DifferenceKind {
  /** SpineCode bills the line, the claim does not. */
  MISSING,
  /** The claim bills the line, SpineCode does not. */
  UNEXPECTED,
  /** Same code and modifiers, other units. */
  UNITS,
  /** Same code, other modifiers (and perhaps other units). */
  MODIFIERS
}
