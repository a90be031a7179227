package org.spinecode.rest.format;

import java.util.Locale;
import java.util.Optional;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.rest.wire.ClaimHeader;
import org.spinecode.rest.wire.FhirReferences;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireMapping;

/**
 * The claim formats a result can be written in besides SpineCode's JSON (CONTRACT.md "Claim
 * formats"). From Java:
 *
 * <pre>{@code
 * CodingResult result = coder.code(encounter);
 * String bundle = ClaimFormat.FHIR.write(encounter, result, FhirReferences.NONE);
 * String segments = ClaimFormat.X12.write(encounter, result, FhirReferences.NONE);
 * }</pre>
 */
public enum ClaimFormat {
  /** A FHIR R4 Bundle of type collection: the Claim and an OperationOutcome with the findings. */
  FHIR("application/fhir+json"),
  /** X12 837P segments: HI, then LX, SV1 and DTP*472 per line; no envelope. */
  X12("application/edi-x12");

  private final String mediaType;

  ClaimFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type an HTTP client asks for in {@code Accept}. */
  public String mediaType() {
    return mediaType;
  }

  /** The format a media type names (case-insensitive, parameters ignored), if any. */
  public static Optional<ClaimFormat> ofMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    int semicolon = mediaType.indexOf(';');
    String type = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    for (ClaimFormat format : values()) {
      if (format.mediaType.equals(type)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * One coded encounter, from the library: the encounter as coded, its result and the caller's
   * FHIR references ({@link FhirReferences#NONE} for placeholders; X12 does not use them). FHIR
   * comes on one line.
   *
   * @throws UnwritableClaim when the format cannot carry this claim (X12 and a hospital-outpatient
   *     facility claim)
   * @throws org.spinecode.domain.InvalidInputException when a FHIR reference is malformed
   */
  public String write(Encounter encounter, CodingResult result, FhirReferences references) {
    ResultJson wire = new WireMapping().toWire(encounter, result)
        .withHeader(new ClaimHeader(encounter, references.checked()));
    return write(wire, false);
  }

  /**
   * One result of a record coder that carries headers ({@code RecordCoder.withHeaders()}); FHIR
   * on one line unless {@code pretty}. A refused record is a FHIR Bundle with its
   * OperationOutcome; X12 refuses it.
   *
   * @throws UnwritableClaim when the format cannot carry this result
   */
  public String write(ResultJson result, boolean pretty) {
    return switch (this) {
      case FHIR -> FhirBundle.write(result, pretty);
      case X12 -> X12ServiceLines.write(result);
    };
  }
}
