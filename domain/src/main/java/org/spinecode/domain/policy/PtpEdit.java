package org.spinecode.domain.policy;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One NCCI procedure-to-procedure pair of one table: the column-two code is not paid beside the
 * column-one code on the same day, unless (modifier indicator 1) a distinct-service modifier
 * applies and the record supports it. Indicator 0: no modifier bypasses it; 9: not an edit
 * (withdrawn). In effect from {@link #effectiveFrom()} through {@link #lastDay()} inclusive.
 */
@Value.Immutable
public abstract class PtpEdit {

  public abstract EditTable table();

  public abstract String columnOne();

  public abstract String columnTwo();

  /** 0, 1 or 9. */
  public abstract int modifierIndicator();

  /** The dates it applies (the published deletion date is its last day). */
  @Value.Default
  public DateRange window() {
    return DateRange.always();
  }

  /** CMS's reason for the edit, such as "Misuse of Column Two code with Column One code". */
  public abstract String rationale();

  /** True when the pair applies on this date and is an edit (indicator 0 or 1). */
  public boolean appliesOn(LocalDate date) {
    return modifierIndicator() != 9
        && window().contains(date);
  }

  @Value.Check
  protected void check() {
    int indicator = modifierIndicator();
    if (indicator != 0 && indicator != 1 && indicator != 9) {
      throw new InvalidInputException("modifierIndicator", "a PTP modifier indicator is 0, 1 or 9, not " + indicator);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePtpEdit.Builder {}
}
