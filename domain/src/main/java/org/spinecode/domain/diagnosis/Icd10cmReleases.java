package org.spinecode.domain.diagnosis;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.spinecode.domain.InvalidInputException;

/**
 * The ICD-10-CM releases loaded, answering for a date of service with the release in effect on
 * it: the fiscal year's April release from 1 April when one is loaded, else the fiscal year's
 * October release. A release of another fiscal year never answers: a date whose fiscal year has no
 * release is not validated.
 */
@Value.Immutable
public abstract class Icd10cmReleases {
  private static final Comparator<Icd10cmRelease> BY_DATE = Comparator.comparing(Icd10cmRelease::firstDay);
  private static final Icd10cmReleases NONE = builder().build();

  /** In order of the dates they govern. */
  public abstract List<Icd10cmRelease> releases();

  /** The release governing {@code dateOfService}, if one is loaded. */
  public Optional<Icd10cmRelease> inEffectOn(LocalDate dateOfService) {
    int fiscalYear = fiscalYearOf(dateOfService);
    Icd10cmRelease october = null;
    for (Icd10cmRelease release : releases()) {
      if (release.fiscalYear() != fiscalYear) {
        continue;
      }
      if (release.april() && !dateOfService.isBefore(release.firstDay())) {
        return Optional.of(release);
      }
      if (!release.april()) {
        october = release;
      }
    }
    return Optional.ofNullable(october);
  }

  /** What the release in effect on the date says about the code (any spelling of it). */
  public CodeValidity validity(String code, LocalDate dateOfService) {
    String dotted = DiagnosisCodes.normalise(code);
    CodeValidity.Builder validity = CodeValidity.builder().code(dotted);
    Optional<Icd10cmRelease> release = inEffectOn(dateOfService);
    if (release.isEmpty() || !release.get().judges(dotted)) {
      return validity.kind(CodeValidity.Kind.NOT_VALIDATED).build();
    }
    validity.release(release.get().label());
    Optional<ReleaseCode> line = release.get().code(dotted);
    if (line.isEmpty()) {
      return validity.kind(CodeValidity.Kind.NOT_IN_RELEASE).build();
    }
    return validity.kind(line.get().billable() ? CodeValidity.Kind.BILLABLE : CodeValidity.Kind.HEADER)
        .description(line.get().description()).build();
  }

  /** The fiscal year a date of service falls in: 1 October starts the next one. */
  public static int fiscalYearOf(LocalDate dateOfService) {
    return dateOfService.getMonthValue() >= Month.OCTOBER.getValue() ? dateOfService.getYear() + 1
        : dateOfService.getYear();
  }

  /** The releases' labels for listings and {@code dataVersion}: {@code FY2024(extract)}, or {@code none}. */
  public String version() {
    return releases().isEmpty() ? "none"
        : releases().stream().map(Icd10cmRelease::label).collect(Collectors.joining(", "));
  }

  @Value.Check
  protected Icd10cmReleases check() {
    Set<String> names = new HashSet<>();
    for (Icd10cmRelease release : releases()) {
      if (!names.add(release.name())) {
        throw new InvalidInputException("releases", "two ICD-10-CM tables for " + release.name()
            + " (" + release.source() + ")");
      }
    }
    List<Icd10cmRelease> ordered = releases().stream().sorted(BY_DATE).toList();
    return ordered.equals(releases()) ? this : builder().addAllReleases(ordered).build();
  }

  public static Icd10cmReleases none() {
    return NONE;
  }

  public static Icd10cmReleases of(List<Icd10cmRelease> releases) {
    return builder().addAllReleases(releases).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableIcd10cmReleases.Builder {}
}
