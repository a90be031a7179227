package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;

/**
 * How one payer wants a kind of claim written: the bilateral style SpineCode writes by default,
 * the other styles the payer also accepts (check mode matches them), and whether the payer has the
 * ABN modifiers that mark an expected denial (GA, GZ). An empty payer, setting or claim type
 * matches any; a row may be dated, from its {@link #window()}.
 */
@Value.Immutable
public abstract class ClaimConvention {

  public abstract Optional<Payer> payer();

  public abstract Optional<Setting> setting();

  public abstract Optional<ClaimType> claimType();

  public abstract BilateralStyle bilateralStyle();

  /** Styles the payer accepts besides {@link #bilateralStyle()}. */
  public abstract Set<BilateralStyle> alsoAccepted();

  /** True when the payer marks expected denials with GA (ABN on file) or GZ (none). */
  public abstract boolean abnModifiers();

  /** How findings name the payer, such as {@code Medicare} or {@code The payer}. */
  public abstract String payerWords();

  /**
   * How severe an NCCI PTP or MUE finding is on this claim: WARNING where the payer applies CMS's
   * edits (Medicare), INFO where they are advice.
   */
  public abstract Severity editSeverity();

  public abstract String authority();

  @Value.Default
  public DateRange window() {
    return DateRange.always();
  }

  /** True for a row without dates, which applies on every date. */
  public boolean undated() {
    return window().isAlways();
  }

  public boolean appliesOn(LocalDate dateOfService) {
    return window().contains(dateOfService);
  }

  public boolean appliesTo(Payer payer, Setting setting, ClaimType claimType) {
    return payer().map(payer::equals).orElse(true)
        && setting().map(setting::equals).orElse(true)
        && claimType().map(claimType::equals).orElse(true);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableClaimConvention.Builder {}
}
