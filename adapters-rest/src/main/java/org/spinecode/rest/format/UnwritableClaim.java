package org.spinecode.rest.format;

/**
 * A coded result that a claim format cannot carry, such as a hospital-outpatient facility claim
 * in X12 837P (it is an 837I claim). The message says why in words fit for the caller; it never
 * quotes the input.
 */
public final class UnwritableClaim extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnwritableClaim(String message) {
    super(message, null, false, false);
  }
}
