package org.spinecode.rest.wire;

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
    List<BilledLineJson> billed) {

  /** A line someone billed (check mode): modifiers default to none, units to 1. */
  public record BilledLineJson(String code, List<String> modifiers, Integer units) {}

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
