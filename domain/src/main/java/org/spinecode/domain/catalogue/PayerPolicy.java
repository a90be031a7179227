package org.spinecode.domain.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import org.spinecode.domain.encounter.Payer;

/**
 * A payer rule as dated data. It applies to dates of service from {@link #effectiveFrom()} and
 * before {@link #effectiveUntil()}, and names its authority.
 */
public interface PayerPolicy {

  Payer payer();

  LocalDate effectiveFrom();

  /** The first date it no longer applies, if it was withdrawn. */
  Optional<LocalDate> effectiveUntil();

  /** The LCD, billing article or payer policy behind the rule. */
  String authority();

  default boolean appliesTo(Payer payer, LocalDate dateOfService) {
    return payer == payer()
        && !dateOfService.isBefore(effectiveFrom())
        && (effectiveUntil().isEmpty() || dateOfService.isBefore(effectiveUntil().get()));
  }
}
