/**
 * Claim formats (CONTRACT.md "Claim formats"): a coded result written as a FHIR R4 {@code Bundle}
 * (a {@code Claim} and an {@code OperationOutcome}) or as X12 837P service-line segments. Plain
 * writers over the wire result, with no FHIR or X12 library at run time: FHIR is JSON, X12 is text.
 * {@link org.spinecode.rest.format.ClaimFormats} is the entry point for library users.
 */
package org.spinecode.rest.format;
