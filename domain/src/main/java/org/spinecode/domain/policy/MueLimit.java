package org.spinecode.domain.policy;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * A Medically Unlikely Edit of one table: the most units of a code a provider reports for one
 * patient on one date. Adjudication indicator 1: per claim line; 2: per date of service, from
 * policy (absolute); 3: per date of service, from clinical data (appealable with records).
 */
@Value.Immutable
public abstract class MueLimit {

  public abstract EditTable table();

  public abstract String code();

  public abstract int units();

  /** 1, 2 or 3. */
  public abstract int adjudication();

  public abstract String rationale();

  /** The dates it applies (the published deletion date is its last day). */
  @Value.Default
  public DateRange window() {
    return DateRange.always();
  }

  public boolean appliesOn(LocalDate date) {
    return window().contains(date);
  }

  /** Plain words for the adjudication indicator. */
  public String adjudicationWords() {
    return switch (adjudication()) {
      case 1 -> "MAI 1, a claim-line edit: each line's units are judged";
      case 2 -> "MAI 2, an absolute date-of-service edit from CMS policy: the units of every line that day"
          + " are added and no appeal pays more";
      default -> "MAI 3, a date-of-service edit from clinical data: the units of every line that day are"
          + " added; appealable with medical records, and until then every unit of the code that day denies";
    };
  }

  @Value.Check
  protected void check() {
    if (adjudication() < 1 || adjudication() > 3) {
      throw new InvalidInputException("adjudication", "an MUE adjudication indicator is 1, 2 or 3, not " + adjudication());
    }
    if (units() < 0) {
      throw new InvalidInputException("units", "an MUE value is not negative");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableMueLimit.Builder {}
}
