package org.spinecode.domain.edit;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.spinecode.domain.policy.DateRange;

/**
 * Which release of one CMS edit table was loaded: the table's own name, its version (an NCCI
 * quarter such as {@code 2024Q3}) and the dates of service that release was published for. Each
 * table carries its own: a folder with only a newer MUE file leaves the bundled PTP and add-on
 * tables at their own quarter.
 */
@Value.Immutable
public abstract class Edition {

  /** Such as {@code ncci-ptp-practitioner}. */
  @Value.Parameter
  public abstract String table();

  /** Such as {@code 2024Q3}. */
  @Value.Parameter
  public abstract String version();

  /** The quarter's dates. */
  @Value.Parameter
  public abstract DateRange dates();

  public static Edition of(String table, String version, DateRange dates) {
    return ImmutableEdition.of(table, version, dates);
  }

  public boolean covers(LocalDate dateOfService) {
    return dates().contains(dateOfService);
  }
}
