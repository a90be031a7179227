package org.spinecode.domain.diagnosis;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * One ICD-10-CM release (CDC/NCHS, published for CMS): the codes of fiscal year N govern dates of
 * service from 1 October of N-1 through 30 September of N; a mid-year release ("April 1 update")
 * governs from 1 April of N. A release may be a partial extract: it then judges only the code
 * ranges it holds, and a code outside them is not validated by it, never "not billable".
 */
@Value.Immutable
public abstract class Icd10cmRelease {

  /** The fiscal year, such as 2024 for dates of service 2023-10-01 to 2024-09-30. */
  public abstract int fiscalYear();

  /** True for the mid-year (1 April) release of the fiscal year. */
  @Value.Default
  public boolean april() {
    return false;
  }

  /** Every code and header of the release (or of the extract), keyed by the dotted code. */
  public abstract Map<String, ReleaseCode> codes();

  /** The ranges a partial extract holds; empty for a whole release. */
  public abstract List<CodeRange> extractRanges();

  /** The file or resource it was read from. */
  public abstract String source();

  /** The first date of service the release governs. */
  @Value.Derived
  public LocalDate firstDay() {
    return april() ? LocalDate.of(fiscalYear(), Month.APRIL, 1) : LocalDate.of(fiscalYear() - 1, Month.OCTOBER, 1);
  }

  /** The last date of service of its fiscal year (a later April release takes over before it). */
  @Value.Derived
  public LocalDate lastDay() {
    return LocalDate.of(fiscalYear(), Month.SEPTEMBER, 30);
  }

  public boolean isExtract() {
    return !extractRanges().isEmpty();
  }

  /** {@code FY2024} or {@code FY2024-April}. */
  public String name() {
    return "FY" + fiscalYear() + (april() ? "-April" : "");
  }

  /** The name, marked {@code (extract)} for a partial table: {@code FY2024(extract)}. */
  public String label() {
    return name() + (isExtract() ? "(extract)" : "");
  }

  /** True when the release judges this code: always for a whole release, within its ranges for an extract. */
  public boolean judges(String code) {
    if (!isExtract()) {
      return true;
    }
    for (CodeRange range : extractRanges()) {
      if (range.contains(code)) {
        return true;
      }
    }
    return false;
  }

  /** The release's line for the code, any spelling of it. */
  public Optional<ReleaseCode> code(String code) {
    return Optional.ofNullable(codes().get(DiagnosisCodes.normalise(code)));
  }

  @Value.Check
  protected void check() {
    if (fiscalYear() < 2016 || fiscalYear() > 2100) {
      // ICD-10-CM replaced ICD-9-CM on 2015-10-01 (fiscal year 2016).
      throw new InvalidInputException("fiscalYear", "ICD-10-CM fiscal years start with 2016, not " + fiscalYear());
    }
    if (codes().isEmpty()) {
      throw new InvalidInputException("codes", "the release " + name() + " holds no code");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableIcd10cmRelease.Builder {}
}
