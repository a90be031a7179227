package org.spinecode.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;

/**
 * The payers' claim conventions, first matching row in effect on the date of service wins. Every
 * payer, setting and claim type must be covered by an undated row (dated rows come before it, as
 * exceptions for their window), so the lookup is a table of candidates filled once; an
 * encounter's own {@code bilateralStyle} overrides the default style.
 */
public final class ClaimConventions {
  private static final Payer[] PAYERS = Payer.values();
  private static final Setting[] SETTINGS = Setting.values();
  private static final ClaimType[] CLAIM_TYPES = ClaimType.values();

  private final ClaimConvention[][] byClaim =
      new ClaimConvention[PAYERS.length * SETTINGS.length * CLAIM_TYPES.length][];

  private ClaimConventions(List<ClaimConvention> rows) {
    for (Payer payer : PAYERS) {
      for (Setting setting : SETTINGS) {
        for (ClaimType claimType : CLAIM_TYPES) {
          List<ClaimConvention> matching = new ArrayList<>();
          for (ClaimConvention row : rows) {
            if (row.appliesTo(payer, setting, claimType)) {
              matching.add(row);
              if (row.undated()) {
                break;
              }
            }
          }
          if (matching.isEmpty() || !matching.get(matching.size() - 1).undated()) {
            throw new IllegalArgumentException("no undated convention row covers " + payer + " " + setting + " "
                + claimType);
          }
          byClaim[index(payer, setting, claimType)] = matching.toArray(new ClaimConvention[0]);
        }
      }
    }
  }

  /**
   * Conventions from rows in order, most specific first.
   *
   * @throws IllegalArgumentException naming a payer, setting and claim type no row covers
   */
  public static ClaimConventions of(List<ClaimConvention> rows) {
    return new ClaimConventions(rows);
  }

  /**
   * CPT's convention alone, for an engine built without the product's tables: modifier 50 for a
   * level done on both sides, and no ABN modifiers.
   */
  public static ClaimConventions cptOnly() {
    return of(List.of(ClaimConvention.builder().bilateralStyle(BilateralStyle.MODIFIER_50).abnModifiers(false)
        .payerWords("The payer").editSeverity(Severity.INFO).authority("CPT modifier 50 convention").build()));
  }

  public ClaimConvention of(Encounter encounter) {
    return of(encounter.payer(), encounter.setting(), encounter.claimType(), encounter.dateOfService());
  }

  /** The convention in force for a claim of this payer, setting and type on the date of service. */
  public ClaimConvention of(Payer payer, Setting setting, ClaimType claimType, LocalDate dateOfService) {
    ClaimConvention[] candidates = byClaim[index(payer, setting, claimType)];
    for (int i = 0; i < candidates.length - 1; i++) {
      if (candidates[i].appliesOn(dateOfService)) {
        return candidates[i];
      }
    }
    return candidates[candidates.length - 1];
  }

  /** The encounter's own style, else the payer's default for the claim. */
  public BilateralStyle bilateralStyle(Encounter encounter) {
    Optional<BilateralStyle> own = encounter.bilateralStyle();
    return own.isPresent() ? own.get() : of(encounter).bilateralStyle();
  }

  /** The styles the payer accepts for the claim, the encounter's own among them. */
  public Set<BilateralStyle> acceptedStyles(Encounter encounter) {
    ClaimConvention convention = of(encounter);
    Set<BilateralStyle> accepted = EnumSet.of(bilateralStyle(encounter), convention.bilateralStyle());
    accepted.addAll(convention.alsoAccepted());
    return accepted;
  }

  public boolean marksDenials(Encounter encounter) {
    return of(encounter).abnModifiers();
  }

  private static int index(Payer payer, Setting setting, ClaimType claimType) {
    return (payer.ordinal() * SETTINGS.length + setting.ordinal()) * CLAIM_TYPES.length + claimType.ordinal();
  }
}
