package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.Locale;
import org.spinecode.domain.encounter.Payer;

/**
 * A payer rule as dated data. It applies to dates of service in its {@link #window()}, and names
 * its authority.
 */
public interface PayerPolicy {

  Payer payer();

  /** The dates of service it governs: from its effective date until it was withdrawn, if it was. */
  DateRange window();

  /** Where it holds besides payer and dates: a contractor's document set, jurisdictions, states. */
  PolicyScope scope();

  /** The LCD, billing article or payer policy behind the rule. */
  String authority();

  /** The kind of rule, as the policy tables name it, such as {@code LEVEL_LIMIT}. */
  String kind();

  /** The rule id of the finding it raises, or empty when it only adds a modifier or changes coding. */
  String findingRule();

  /** What the rule does, in plain words. */
  String summary();

  default boolean appliesTo(Payer payer, LocalDate dateOfService) {
    return payer == payer() && window().contains(dateOfService);
  }

  /** An UPPER_SNAKE name in plain words. */
  static String words(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
