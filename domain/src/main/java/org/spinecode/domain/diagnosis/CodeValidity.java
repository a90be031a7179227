package org.spinecode.domain.diagnosis;

import java.util.Optional;
import org.immutables.value.Value;

/** What the ICD-10-CM release in effect on a date of service says about one diagnosis code. */
@Value.Immutable
public abstract class CodeValidity {

  /** The answers a release can give. */
  public enum Kind {
    /** A code valid for HIPAA transactions in the release. */
    BILLABLE,
    /** A category or subcategory header: it needs more characters to be billed. */
    HEADER,
    /** The release does not have the code (deleted, not yet created, or never a code). */
    NOT_IN_RELEASE,
    /** No release loaded for the date's fiscal year judges the code: nothing is said about it. */
    NOT_VALIDATED
  }

  /** Dotted upper case. */
  public abstract String code();

  public abstract Kind kind();

  /** The release that answered ({@code FY2024(extract)}); empty when not validated. */
  public abstract Optional<String> release();

  /** The release's description of the code, when it lists the code. */
  public abstract Optional<String> description();

  /** A header or a code the release lacks: the claim would be rejected as unprocessable. */
  public boolean notBillable() {
    return kind() == Kind.HEADER || kind() == Kind.NOT_IN_RELEASE;
  }

  /** Plain words naming the release, such as "M54.1 is a header in ICD-10-CM FY2024: ...". */
  public String words() {
    String in = release().map(r -> " in ICD-10-CM " + r).orElse("");
    return switch (kind()) {
      case BILLABLE -> code() + " is a billable code" + in;
      case HEADER -> code() + " is a category" + in + " (" + description().orElse("") + "): it needs more"
          + " characters to be billed";
      case NOT_IN_RELEASE -> code() + " is not a code" + in;
      case NOT_VALIDATED -> code() + " was not validated: no ICD-10-CM table loaded for the date of service"
          + " covers it";
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCodeValidity.Builder {}
}
