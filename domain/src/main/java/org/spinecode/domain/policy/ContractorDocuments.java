package org.spinecode.domain.policy;

import org.immutables.value.Value;
import org.spinecode.domain.encounter.MedicareJurisdiction;

/**
 * One Medicare contractor's LCD and billing article for one document set ({@code EPIDURAL},
 * {@code FACET}) in one jurisdiction, with the dates of service it governs and how sure the
 * product's table is of each fact (medicare-jurisdictions.csv, its note column).
 */
@Value.Immutable
public abstract class ContractorDocuments {

  /** How well a fact of the table is sourced. */
  public enum Confidence {
    /** Named by the contractor's or CMS's own pages. */
    CONFIRMED,
    /** Reasoned from sources that do not name it directly (the table's note says how). */
    INFERRED,
    /** Reported by a secondary source only. */
    UNVERIFIED
  }

  public abstract MedicareJurisdiction jurisdiction();

  /** Such as {@code CGS Administrators}. */
  public abstract String contractor();

  /** {@code EPIDURAL} or {@code FACET}. */
  public abstract String lcdSet();

  /** Such as {@code L38773}. */
  public abstract String lcd();

  /** Such as {@code A58364}. */
  public abstract String article();

  /** The dates of service this LCD version governs: from its effective date. */
  public abstract DateRange window();

  public abstract Confidence confidence();

  /** Where the facts come from, as the table says. */
  public abstract String note();

  /** Such as {@code CGS Administrators (J15) LCD L38773, billing article A58364}. */
  public String citation() {
    return contractor() + " (" + jurisdiction() + ") LCD " + lcd() + ", billing article " + article()
        + (confidence() == Confidence.CONFIRMED ? "" : " [" + confidence().name().toLowerCase(java.util.Locale.ROOT)
            + ": " + note() + "]");
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableContractorDocuments.Builder {}
}
