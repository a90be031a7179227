package org.spinecode.domain.catalogue;

/** How a code's units are counted. */
public enum Quantity {
  /** One unit per level per side, such as each additional transforaminal level. */
  PER_LEVEL,
  /**
   * One unit per side per session however many levels it covers: the interlaminar codes (one
   * per region per day) and the facet "third and any additional level" codes 64492 and 64495.
   */
  ONCE_PER_SESSION
}
