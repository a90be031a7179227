package org.spinecode.domain.policy;

import org.spinecode.domain.encounter.MedicareJurisdiction;
import org.spinecode.domain.encounter.UsState;

/**
 * A payer policy with the facts that decide whether it holds for a claim (payer, dates, states,
 * jurisdictions, contractor document set) copied into one object as primitives. Every billed line
 * screens the policies of its code for every kind of check; read through the policy's window and
 * scope, those facts lie a dozen objects apart, and the claim's own allocations push them out of
 * the cache between claims (docs/PERFORMANCE.md, "Policy screens").
 */
public final class PolicyScreen<T extends PayerPolicy> {
  private final T policy;
  private final int payer;
  /** Epoch days: from inclusive, until exclusive. */
  private final long from;
  private final long until;
  /** A bit per state ordinal, or 0 for every state. */
  private final long states;
  /** A bit per jurisdiction ordinal, or 0 for every jurisdiction. */
  private final long jurisdictions;
  private final String lcd;

  PolicyScreen(T policy) {
    this.policy = policy;
    this.payer = policy.payer().ordinal();
    this.from = policy.window().start().toEpochDay();
    this.until = policy.window().end().toEpochDay();
    PolicyScope scope = policy.scope();
    long stateBits = 0;
    for (UsState state : scope.states()) {
      stateBits |= bit(state);
    }
    long jurisdictionBits = 0;
    for (MedicareJurisdiction jurisdiction : scope.jurisdictions()) {
      jurisdictionBits |= bit(jurisdiction);
    }
    this.states = stateBits;
    this.jurisdictions = jurisdictionBits;
    this.lcd = scope.lcd().orElse(null);
  }

  public static <T extends PayerPolicy> PolicyScreen<T> of(T policy) {
    return new PolicyScreen<>(policy);
  }

  /** The bit of a state or a jurisdiction in a screen's sets; 0 for none given. */
  public static long bit(Enum<?> value) {
    return value == null ? 0 : 1L << value.ordinal();
  }

  public T policy() {
    return policy;
  }

  /**
   * True when the policy holds for the payer (by ordinal) on the date (an epoch day) in the state
   * and jurisdiction given as {@link #bit} (0 where not given), leaving the document set aside.
   */
  public boolean holds(int payerOrdinal, long epochDay, long stateBit, long jurisdictionBit) {
    return payerOrdinal == payer && epochDay >= from && epochDay < until
        && (states == 0 || (states & stateBit) != 0)
        && (jurisdictions == 0 || (jurisdictions & jurisdictionBit) != 0);
  }

  /** The contractor document set the rule comes from, such as {@code FACET}; null for a national rule. */
  public String lcd() {
    return lcd;
  }
}
