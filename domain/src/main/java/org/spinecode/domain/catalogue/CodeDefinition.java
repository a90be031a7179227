package org.spinecode.domain.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.PayerPolicy;
import org.spinecode.domain.policy.PolicyKind;
import org.spinecode.domain.policy.PolicyKinds;
import org.spinecode.domain.policy.PolicyScreen;
import org.spinecode.domain.spine.Region;

/**
 * Everything the engine needs to know about one code, declared by the plugin that contributes it:
 * our own label, region, add-on parents, how units count, whether it takes sides, the imaging it
 * includes, and the payer policies that apply to it.
 */
@Value.Immutable
public abstract class CodeDefinition {
  private static final List<PolicyKind<?>> KINDS = PolicyKinds.all();

  /** The CPT or Category III code, such as {@code 64483} or {@code 0230T}. */
  public abstract String code();

  /** Our own plain-language words; never AMA descriptor text. */
  public abstract String label();

  public abstract ProcedureFamily family();

  public abstract Region region();

  /** The guidance this code describes, for explanations. */
  public abstract Set<Guidance> guidance();

  /** The primary codes this add-on is reported with; empty for a primary code. */
  public abstract List<String> addOnTo();

  public abstract Quantity quantity();

  /**
   * True when the code is done on one side and takes RT/LT or 50 (MPFS bilateral indicator 1);
   * false for codes that cover the spine as a whole (bilateral indicator 0).
   */
  public abstract boolean lateral();

  /** Imaging codes bundled into this one and never billed beside it, such as 77003. */
  public abstract List<String> imagingIncluded();

  /** Where the code and its counting convention come from (CPT, CPT Assistant). */
  public abstract String authority();

  /**
   * The dates of service the code is in effect; {@link DateRange#always()} for a code in effect on
   * every date SpineCode supports (2017-01-01 on).
   */
  @Value.Default
  public DateRange dates() {
    return DateRange.always();
  }

  /**
   * What to report instead on a date the code is not in effect, in our own words, such as "no
   * specific code; CPT's route is the unlisted code 64999".
   */
  public abstract Optional<String> whenNotInEffect();

  /** Where the dates come from (CMS fee-schedule files, CPT code set changes). */
  public abstract Optional<String> datesAuthority();

  /** True when a claim for this date of service may carry the code. */
  public boolean inEffectOn(LocalDate dateOfService) {
    return dates().contains(dateOfService);
  }

  /** Every policy on the code, of every kind, in the order its table names them. */
  public abstract List<PayerPolicy> policies();

  /** The policies of one kind, in order; sorted by kind once, when the definition is built. */
  @SuppressWarnings("unchecked")
  public <T extends PayerPolicy> List<T> policies(PolicyKind<T> kind) {
    List<List<?>> bySlot = policiesBySlot();
    return kind.slot() < bySlot.size() ? (List<T>) bySlot.get(kind.slot()) : List.of();
  }

  /** The policies of one kind as screens, in the order of {@link #policies(PolicyKind)}. */
  @SuppressWarnings("unchecked")
  public <T extends PayerPolicy> List<PolicyScreen<T>> screens(PolicyKind<T> kind) {
    List<List<PolicyScreen<?>>> bySlot = screensBySlot();
    return kind.slot() < bySlot.size() ? (List<PolicyScreen<T>>) (List<?>) bySlot.get(kind.slot()) : List.of();
  }

  @Value.Derived
  @Value.Auxiliary
  List<List<PolicyScreen<?>>> screensBySlot() {
    List<List<PolicyScreen<?>>> bySlot = new ArrayList<>();
    for (List<?> policies : policiesBySlot()) {
      List<PolicyScreen<?>> screens = new ArrayList<>(policies.size());
      for (Object policy : policies) {
        screens.add(PolicyScreen.of((PayerPolicy) policy));
      }
      bySlot.add(List.copyOf(screens));
    }
    return List.copyOf(bySlot);
  }

  @Value.Derived
  @Value.Auxiliary
  List<List<?>> policiesBySlot() {
    List<List<?>> bySlot = new ArrayList<>(Collections.nCopies(PolicyKind.slots(), List.of()));
    for (PolicyKind<?> kind : KINDS) {
      bySlot.set(kind.slot(), policies().stream().filter(kind.type()::isInstance).toList());
    }
    return List.copyOf(bySlot);
  }

  /**
   * The kinds the code has policies of for the payer, as {@link PolicyKind#bit}s: a claim runs only
   * the checks of kinds its codes have.
   */
  public long policyKinds(Payer payer) {
    return payerKinds().of(payer);
  }

  @Value.Derived
  @Value.Auxiliary
  PayerKinds payerKinds() {
    return new PayerKinds(policiesBySlot());
  }

  public boolean isAddOn() {
    return !addOnTo().isEmpty();
  }

  /** This code with its dates, as the code tables list it; made once, for the claims it cannot be on. */
  @Value.Lazy
  public DatedCode dated() {
    return DatedCode.of(this);
  }

  @Value.Check
  protected void check() {
    if (code().isBlank() || label().isBlank() || authority().isBlank()) {
      throw new InvalidInputException("code", "a code definition needs a code, a label and an authority");
    }
    for (PayerPolicy policy : policies()) {
      if (PolicyKinds.named(policy.kind()).filter(PolicyKind::perCode).isEmpty()) {
        throw new InvalidInputException("policies", "a " + policy.kind() + " rule applies to a family, not to code "
            + code());
      }
    }
  }

  @Override
  public String toString() {
    return code();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCodeDefinition.Builder {}
}
