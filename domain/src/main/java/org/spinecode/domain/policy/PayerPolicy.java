package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.Locale;
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

  /** The kind of rule, such as {@code LEVEL_LIMIT}, for explanations. */
  String kind();

  /** The rule id of the finding it raises, or empty when it only adds a modifier or changes coding. */
  String findingRule();

  /** What the rule does, in plain words. */
  String summary();

  default boolean appliesTo(Payer payer, LocalDate dateOfService) {
    return payer == payer()
        && !dateOfService.isBefore(effectiveFrom())
        && (effectiveUntil().isEmpty() || dateOfService.isBefore(effectiveUntil().get()));
  }

  /** An UPPER_SNAKE name in plain words. */
  static String words(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
