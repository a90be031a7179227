package org.spinecode.domain.spine;

/**
 * The side one coded service was done on. {@link #NONE} is for codes without laterality
 * (bilateral indicator 0), such as the interlaminar epidurals.
 */
public enum Side {
  RIGHT,
  LEFT,
  NONE
}
