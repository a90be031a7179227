package org.spinecode.domain.diagnosis;

import org.immutables.value.Value;

/**
 * One line of an ICD-10-CM release: a billable code (valid for HIPAA transactions) or a header
 * (a category or subcategory that needs more characters), with the release's own description.
 * ICD-10-CM is a US government work; its descriptions may be shown.
 */
@Value.Immutable
public abstract class ReleaseCode {

  @Value.Parameter
  public abstract boolean billable();

  @Value.Parameter
  public abstract String description();

  public static ReleaseCode of(boolean billable, String description) {
    return ImmutableReleaseCode.of(billable, description);
  }
}
