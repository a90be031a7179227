package org.spinecode.domain.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A code with the dates it is in effect, for judging billed lines: every code the installed
 * families bill, and the neighbours a coder may still bill (deleted codes such as 62310 or 72275,
 * imaging and trigger-point codes). Dates come from the code tables, which cite the CMS files.
 */
@Value.Immutable
public abstract class DatedCode {

  public abstract String code();

  /** Our own plain words; never AMA descriptor text. */
  public abstract String label();

  public abstract Optional<LocalDate> effectiveFrom();

  /** Inclusive; empty while in effect. */
  public abstract Optional<LocalDate> effectiveThrough();

  /** What to report instead when the code is not in effect. */
  public abstract Optional<String> whenNotInEffect();

  public abstract String authority();

  public boolean inEffectOn(LocalDate dateOfService) {
    return (effectiveFrom().isEmpty() || !dateOfService.isBefore(effectiveFrom().get()))
        && (effectiveThrough().isEmpty() || !dateOfService.isAfter(effectiveThrough().get()));
  }

  /** A family code's dates. */
  public static DatedCode of(CodeDefinition definition) {
    return builder().code(definition.code()).label(definition.label())
        .effectiveFrom(definition.effectiveFrom()).effectiveThrough(definition.effectiveThrough())
        .whenNotInEffect(definition.whenNotInEffect())
        .authority(definition.datesAuthority().orElse(definition.authority())).build();
  }

  /**
   * Why a claim for {@code dateOfService} cannot carry the code, in plain words, with the advice
   * of the code table; call only when not in effect.
   */
  public String notInEffectWords(LocalDate dateOfService) {
    StringBuilder words = new StringBuilder(code());
    if (effectiveThrough().isPresent() && dateOfService.isAfter(effectiveThrough().get())) {
      words.append(" is not in effect on ").append(dateOfService).append(": it was deleted after ")
          .append(effectiveThrough().get());
    } else if (effectiveFrom().isPresent()) {
      words.append(" is not in effect on ").append(dateOfService).append(": it takes effect on ")
          .append(effectiveFrom().get());
    } else {
      words.append(" is not in effect on ").append(dateOfService);
    }
    whenNotInEffect().ifPresent(advice -> words.append("; ").append(advice));
    return words.toString();
  }

  @Override
  public String toString() {
    return code();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableDatedCode.Builder {}
}
