package org.spinecode.domain.catalogue;

import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.Setting;

/**
 * The payer wants a prior authorization for the code in these settings: without a prior
 * authorization number the encounter gets a WARNING. A condition of payment, not of coverage, so
 * the line keeps its modifiers.
 */
@Value.Immutable
public abstract class PriorAuthorization implements PayerPolicy {

  public abstract Set<Setting> settings();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePriorAuthorization.Builder {}
}
