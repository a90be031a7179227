package org.spinecode.domain.catalogue;

import org.immutables.value.Value;

/**
 * Codes sharing a {@link #group()} may be done in only one code region per session; the lines of
 * every region after the first one in input order are expected denials.
 */
@Value.Immutable
public abstract class RegionLimit implements PayerPolicy {

  /** Which codes count together, such as {@code EPIDURAL}. */
  public abstract String group();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRegionLimit.Builder {}
}
