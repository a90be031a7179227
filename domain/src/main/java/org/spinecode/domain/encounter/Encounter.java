package org.spinecode.domain.encounter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/** One date of service for one patient: everything needed to code its claim lines. */
@Value.Immutable
public abstract class Encounter {

  /**
   * The 2017 code set: 62320-62327 replaced 62310-62319 on 2017-01-01, so earlier dates would need
   * codes this product does not know.
   */
  public static final LocalDate EARLIEST_DATE_OF_SERVICE = LocalDate.of(2017, 1, 1);

  /** The diagnoses one claim carries: the 837P HI segment and the CMS-1500 form hold twelve. */
  public static final int MAX_DIAGNOSES = 12;

  /** The caller's reference, echoed back; never a patient identifier. */
  public abstract Optional<String> id();

  public abstract LocalDate dateOfService();

  public abstract Payer payer();

  @Value.Default
  public Setting setting() {
    return Setting.OFFICE;
  }

  @Value.Default
  public ClaimType claimType() {
    return ClaimType.PROFESSIONAL;
  }

  /** Overrides the payer's bilateral convention for the claim (the claim conventions table). */
  public abstract Optional<BilateralStyle> bilateralStyle();

  /** Medicare: a signed ABN turns expected-denial lines from GZ into GA. */
  @Value.Default
  public boolean abnOnFile() {
    return false;
  }

  public abstract Optional<String> priorAuthorizationNumber();

  /** Where the service was performed: Medicare's contractor and state-based programs follow it. */
  public abstract Optional<UsState> state();

  /** Medicare's Part B jurisdiction when the state does not say it (Northern Virginia is JL); wins over the state's. */
  public abstract Optional<MedicareJurisdiction> medicareJurisdiction();

  /** ICD-10-CM codes in order of importance, the primary first; at most {@value #MAX_DIAGNOSES}. */
  public abstract List<DiagnosisCode> diagnoses();

  public abstract List<PriorSession> history();

  public abstract List<Procedure> procedures();

  @Value.Check
  protected void check() {
    if (id().isPresent() && (id().get().isEmpty() || id().get().length() > 64)) {
      throw new InvalidInputException("id", "must be 1 to 64 characters");
    }
    if (dateOfService().isBefore(EARLIEST_DATE_OF_SERVICE)) {
      throw new InvalidInputException("dateOfService", dateOfService()
          + " is before 2017-01-01, when 62320-62327 replaced 62310-62319; earlier code sets are not supported");
    }
    if (procedures().isEmpty()) {
      throw new InvalidInputException("procedures", "at least one procedure is required");
    }
    checkDiagnoses();
    for (int i = 0; i < history().size(); i++) {
      if (!history().get(i).dateOfService().isBefore(dateOfService())) {
        throw new InvalidInputException("history[" + i + "].dateOfService",
            "a prior session must be before the date of service " + dateOfService());
      }
    }
  }

  private void checkDiagnoses() {
    List<DiagnosisCode> diagnoses = diagnoses();
    if (diagnoses.size() > MAX_DIAGNOSES) {
      throw new InvalidInputException("diagnoses[" + MAX_DIAGNOSES + "]", "at most " + MAX_DIAGNOSES
          + " diagnoses, the primary first (a claim carries twelve)");
    }
    for (int i = 1; i < diagnoses.size(); i++) {
      int first = diagnoses.subList(0, i).indexOf(diagnoses.get(i));
      if (first >= 0) {
        throw new InvalidInputException("diagnoses[" + i + "]", diagnoses.get(i) + " is given twice (also diagnoses["
            + first + "]); give each code once");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableEncounter.Builder {}
}
