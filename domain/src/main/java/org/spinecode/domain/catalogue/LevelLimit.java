package org.spinecode.domain.catalogue;

import org.immutables.value.Value;

/**
 * At most this many distinct levels per region per session (a level on both sides is one level).
 * Excess units come off the add-on lines, last add-on first, onto their own expected-denial line;
 * a primary line is never marked.
 */
@Value.Immutable
public abstract class LevelLimit implements PayerPolicy {

  public abstract int maxLevels();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableLevelLimit.Builder {}
}
