package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;

/**
 * How one payer wants a kind of claim written: the bilateral style SpineCode writes by default,
 * the other styles the payer also accepts (check mode matches them), and whether the payer has the
 * ABN modifiers that mark an expected denial (GA, GZ). An empty payer, setting or claim type
 * matches any; a row may be dated, from {@link #effectiveFrom()} (inclusive) until
 * {@link #effectiveUntil()} (the first date it no longer applies).
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

  public abstract String authority();

  public abstract Optional<LocalDate> effectiveFrom();

  public abstract Optional<LocalDate> effectiveUntil();

  /** True for a row without dates, which applies on every date. */
  public boolean undated() {
    return effectiveFrom().isEmpty() && effectiveUntil().isEmpty();
  }

  public boolean appliesOn(LocalDate dateOfService) {
    return (effectiveFrom().isEmpty() || !dateOfService.isBefore(effectiveFrom().get()))
        && (effectiveUntil().isEmpty() || dateOfService.isBefore(effectiveUntil().get()));
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
