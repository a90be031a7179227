package org.spinecode.domain.catalogue;

import java.util.List;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.policy.PayerPolicy;

/** Which kinds of policy a code has for each payer, as bits by kind slot: a holder, as a derived array would be copied on every read. */
final class PayerKinds {
  private final long[] bits = new long[Payer.values().length];

  /** From a code's policies sorted by kind slot. */
  PayerKinds(List<List<?>> policiesBySlot) {
    for (int slot = 0; slot < policiesBySlot.size(); slot++) {
      for (Object policy : policiesBySlot.get(slot)) {
        bits[((PayerPolicy) policy).payer().ordinal()] |= 1L << slot;
      }
    }
  }

  long of(Payer payer) {
    return bits[payer.ordinal()];
  }
}
