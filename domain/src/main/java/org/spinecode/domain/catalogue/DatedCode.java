package org.spinecode.domain.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.policy.DateRange;

/**
 * A code with the dates it is in effect, for judging billed lines and explaining codes: every code
 * the installed families bill, and the neighbours a coder may still write (deleted codes such as
 * 62310 or 72275, imaging and trigger-point codes, numbers that were never codes). Dates and notes
 * come from the code tables, which cite the CMS files and the CPT code set changes.
 */
@Value.Immutable
public abstract class DatedCode {

  /** What the product's code table says a number is. */
  public enum Status {
    /** A code, in effect on the dates it gives. */
    CODE,
    /** A number the code set skips, such as 64481: never a code. */
    NOT_A_CODE,
    /** An imaging code the injection codes include, never billed beside them. */
    BUNDLED_IMAGING
  }

  public abstract String code();

  /** Our own plain words; never AMA descriptor text. */
  public abstract String label();

  @Value.Default
  public DateRange dates() {
    return DateRange.always();
  }

  @Value.Default
  public Status status() {
    return Status.CODE;
  }

  /** What to report instead when the code is not in effect. */
  public abstract Optional<String> whenNotInEffect();

  /** What a coder should know about the code, in our words, such as why it is never billed. */
  public abstract Optional<String> note();

  public abstract String authority();

  public boolean inEffectOn(LocalDate dateOfService) {
    return dates().contains(dateOfService);
  }

  /** True when the code has been deleted: its dates end. */
  public boolean deleted() {
    return dates().until().isPresent();
  }

  /** A family code's dates. */
  public static DatedCode of(CodeDefinition definition) {
    return builder().code(definition.code()).label(definition.label()).dates(definition.dates())
        .whenNotInEffect(definition.whenNotInEffect())
        .authority(definition.datesAuthority().orElse(definition.authority())).build();
  }

  /**
   * Why a claim for {@code dateOfService} cannot carry the code, in plain words, with the advice
   * of the code table; call only when not in effect.
   */
  public String notInEffectWords(LocalDate dateOfService) {
    String words = code() + " is not in effect on " + dateOfService;
    if (dates().endedBy(dateOfService)) {
      words = words + ": it was deleted on " + dates().until().orElseThrow();
    } else if (dates().startsAfter(dateOfService)) {
      words = words + ": it takes effect on " + dates().from().orElseThrow();
    }
    Optional<String> advice = whenNotInEffect();
    return advice.isPresent() ? words + "; " + advice.get() : words;
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
