package org.spinecode.rest.wire;

import java.math.BigDecimal;
import java.util.List;

/** An encounter as it arrives. Every field is a string or list so that bad values reach us with their path. */
public record EncounterJson(
    String id,
    String dateOfService,
    String payer,
    String setting,
    String claimType,
    String bilateralStyle,
    Boolean abnOnFile,
    String priorAuthorizationNumber,
    String state,
    String medicareJurisdiction,
    List<PriorSessionJson> history,
    List<ProcedureJson> procedures,
    List<BilledLineJson> billed,
    List<String> diagnoses,
    FhirReferences fhir) {

  /**
   * A line someone billed (check mode): modifiers default to none, units to 1, diagnosis pointers
   * (1-based positions in {@code diagnoses}) to none. Units arrive as written ({@code 1.5},
   * {@code 2147483648}) so that a bad value is refused naming its field, never truncated or lost in
   * a parse error.
   */
  public record BilledLineJson(String code, List<String> modifiers, BigDecimal units, List<Integer> diagnosisPointers) {

    /** A line with whole units, as the CSV reader builds it. */
    public BilledLineJson(String code, List<String> modifiers, int units) {
      this(code, modifiers, BigDecimal.valueOf(units), null);
    }
  }

  /** A procedure as it arrives. */
  public record ProcedureJson(
      String family,
      String guidance,
      String purpose,
      String approach,
      Boolean indwellingCatheter,
      List<TargetJson> targets) {}

  /** A target as it arrives: a level, or facet nerves; and a side. */
  public record TargetJson(String level, List<String> nerves, String side) {}

  /** A prior session as it arrives. */
  public record PriorSessionJson(String dateOfService, String family, String region, String purpose) {}
}
