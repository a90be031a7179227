package org.spinecode.domain.edit;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.policy.EditTable;

/** What claim edits need to know about the claim: the date of service, payer, setting and claim type. */
@Value.Immutable
public abstract class ClaimContext {

  @Value.Parameter
  public abstract LocalDate dateOfService();

  @Value.Parameter
  public abstract Payer payer();

  @Value.Parameter
  public abstract Setting setting();

  @Value.Parameter
  public abstract ClaimType claimType();

  /** The NCCI table set for this claim. */
  public EditTable table() {
    return EditTable.forClaim(setting(), claimType());
  }

  /** True on an ASC's own claim, where bilateral work is two lines or two units (Pub 100-04 ch. 14 §40.5). */
  public boolean ascFacility() {
    return setting() == Setting.ASC && claimType() == ClaimType.FACILITY;
  }

  public static ClaimContext of(LocalDate dateOfService, Payer payer, Setting setting, ClaimType claimType) {
    return ImmutableClaimContext.of(dateOfService, payer, setting, claimType);
  }

  /** The encounter's claim. */
  public static ClaimContext of(Encounter encounter) {
    return of(encounter.dateOfService(), encounter.payer(), encounter.setting(), encounter.claimType());
  }
}
