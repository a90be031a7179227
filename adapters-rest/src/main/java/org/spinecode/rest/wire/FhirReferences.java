package org.spinecode.rest.wire;

import java.util.Set;
import org.spinecode.domain.InvalidInputException;

/**
 * The encounter's optional {@code fhir} object: references to the resources a FHIR {@code Claim}
 * needs and SpineCode cannot know (CONTRACT.md "Claim formats"), each a FHIR reference such as
 * {@code Patient/123}, an absolute URL or a {@code urn:uuid:} value. A reference left out becomes a
 * data-absent-reason placeholder in the written Claim.
 */
public record FhirReferences(String patient, String provider, String insurer, String coverage) {
  private static final int MAX_LENGTH = 512;

  /** No references: every one becomes a placeholder. */
  public static final FhirReferences NONE = new FhirReferences(null, null, null, null);

  /**
   * The same references, each checked: no blanks, spaces or control characters, and a reference
   * that names its resource type names one the Claim allows there (a patient is a {@code Patient}).
   *
   * @throws InvalidInputException naming {@code patient}, {@code provider}, {@code insurer} or {@code coverage}
   */
  public FhirReferences checked() {
    check(patient, "patient", Set.of("Patient"));
    check(provider, "provider", Set.of("Practitioner", "PractitionerRole", "Organization"));
    check(insurer, "insurer", Set.of("Organization"));
    check(coverage, "coverage", Set.of("Coverage"));
    return this;
  }

  private static void check(String reference, String field, Set<String> types) {
    if (reference == null) {
      return;
    }
    if (reference.isBlank() || reference.length() > MAX_LENGTH) {
      throw new InvalidInputException(field, "a FHIR reference of 1 to " + MAX_LENGTH + " characters, such as "
          + types.iterator().next() + "/123");
    }
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new InvalidInputException(field, "a FHIR reference has no spaces or control characters");
      }
    }
    String type = typeOf(reference);
    if (type != null && !types.contains(type)) {
      throw new InvalidInputException(field, "a reference to a " + type + " cannot stand here: give one to "
          + String.join(" or ", types.stream().sorted().toList()));
    }
  }

  // Patient/123, or .../Patient/123 in an absolute URL, or .../Patient/123/_history/2; null when the
  // reference does not name a type (urn:uuid:..., #contained).
  private static String typeOf(String reference) {
    if (reference.startsWith("urn:") || reference.startsWith("#")) {
      return null;
    }
    String[] parts = reference.split("/");
    int id = parts.length >= 4 && parts[parts.length - 2].equals("_history") ? parts.length - 3 : parts.length - 1;
    if (id < 1) {
      return null;
    }
    String type = parts[id - 1];
    return !type.isEmpty() && type.charAt(0) >= 'A' && type.charAt(0) <= 'Z'
        && type.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') ? type : null;
  }
}
