package org.spinecode.domain.diagnosis;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One covered-diagnosis group of a billing article ("Group 1 Codes"), with what its paragraph
 * says: the procedure codes it is for (none named: every code of the article), the groups whose
 * codes must be billed with its own ("a code from Group 1 and a code from Group 2": a dual
 * diagnosis), whether its codes only count as another group's second code, and what the reader
 * could not interpret, kept as notes. A group's asterisked codes with the asterisk explanation
 * form a group of their own with the same number.
 */
@Value.Immutable
public abstract class CoveredGroup {

  /** The article's group number, from 1. */
  public abstract int number();

  /** True for the group's asterisked codes, read with the asterisk explanation. */
  @Value.Default
  public boolean asterisk() {
    return false;
  }

  public abstract CodeList codes();

  /** The CPT/HCPCS codes the paragraph scopes the group to; empty: every code of the article. */
  public abstract Set<String> cptScope();

  /** Groups one of whose codes must be given as well (dual diagnosis); empty: the group stands alone. */
  public abstract Set<Integer> partners();

  /** True when the group's codes only count beside a code of a group that names them as its partner. */
  @Value.Default
  public boolean secondaryOnly() {
    return false;
  }

  /** What the paragraph says that the reader could not interpret: the group never covers on its own word. */
  public abstract List<String> notes();

  /** The paragraph as plain text, for showing. */
  @Value.Default
  public String paragraph() {
    return "";
  }

  /** {@code group 2}, or {@code group 2*} for its asterisked codes. */
  public String label() {
    return "group " + number() + (asterisk() ? "*" : "");
  }

  public boolean appliesTo(String cptCode) {
    return cptScope().isEmpty() || cptScope().contains(cptCode);
  }

  @Value.Check
  protected void check() {
    if (number() < 1) {
      throw new InvalidInputException("number", "a covered group is numbered from 1, not " + number());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCoveredGroup.Builder {}
}
