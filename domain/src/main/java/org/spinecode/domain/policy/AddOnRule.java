package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One row of CMS's NCCI add-on code file: an add-on code and one of its primary codes. Type 1: the
 * add-on is paid only with a listed primary; type 2: CMS lists no primaries (the contractor
 * decides); type 3: some primaries are listed, others may be acceptable.
 */
@Value.Immutable
public abstract class AddOnRule {

  public abstract String addOn();

  /** Empty for a type 2 add-on, which has no listed primary. */
  public abstract Optional<String> primary();

  /** 1, 2 or 3. */
  public abstract int type();

  /** The dates it applies (the published deletion date is its last day). */
  @Value.Default
  public DateRange window() {
    return DateRange.always();
  }

  public boolean appliesOn(LocalDate date) {
    return window().contains(date);
  }

  @Value.Check
  protected void check() {
    if (type() < 1 || type() > 3) {
      throw new InvalidInputException("type", "an add-on code type is 1, 2 or 3, not " + type());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAddOnRule.Builder {}
}
