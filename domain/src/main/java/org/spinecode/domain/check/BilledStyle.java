package org.spinecode.domain.check;

import org.spinecode.domain.edit.BilledLine;
import java.util.List;
import java.util.Optional;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.policy.ClaimConventions;

/**
 * The bilateral style the billed lines were written in, when the claim conventions table says the
 * payer accepts it for the claim (an ASC's Medicare facility claim may report both sides as RT and
 * LT lines or as two units, CMS Claims Processing Manual ch. 14 §40.5), so SpineCode derives its
 * lines in that style and a correct claim in an accepted format matches.
 */
final class BilledStyle {
  private BilledStyle() {}

  /** The style to code in, when it is not the encounter's own. */
  static Optional<BilateralStyle> other(Encounter encounter, List<BilledLine> billed, CodeCatalogue catalogue,
      ClaimConventions conventions) {
    BilateralStyle own = conventions.bilateralStyle(encounter);
    Optional<BilateralStyle> written = written(billed, catalogue);
    if (written.isEmpty() || written.get() == own || !conventions.acceptedStyles(encounter).contains(written.get())) {
      return Optional.empty();
    }
    return written;
  }

  /** The same encounter with the bilateral style stated. */
  static Encounter recode(Encounter encounter, BilateralStyle style) {
    Encounter.Builder copy = Encounter.builder()
        .dateOfService(encounter.dateOfService())
        .payer(encounter.payer())
        .setting(encounter.setting())
        .claimType(encounter.claimType())
        .bilateralStyle(style)
        .abnOnFile(encounter.abnOnFile())
        .addAllHistory(encounter.history())
        .addAllProcedures(encounter.procedures());
    encounter.id().ifPresent(copy::id);
    encounter.priorAuthorizationNumber().ifPresent(copy::priorAuthorizationNumber);
    return copy.build();
  }

  /**
   * The style the lines were written in (CONTRACT.md v3, "Check mode"): modifier 50 on a lateral
   * code is MODIFIER_50; an unsided lateral line of two or more units is TWO_UNITS, whose levels
   * done on one side keep RT or LT; RT or LT lines otherwise are RT_LT_LINES. Lines that show none
   * of these (one-unit unsided lines only) say nothing.
   */
  private static Optional<BilateralStyle> written(List<BilledLine> billed, CodeCatalogue catalogue) {
    boolean sides = false;
    boolean twoUnits = false;
    for (BilledLine line : billed) {
      Optional<CodeDefinition> code = catalogue.find(line.code());
      if (code.isEmpty() || !code.get().lateral()) {
        continue;
      }
      boolean right = line.modifiers().contains("RT");
      boolean left = line.modifiers().contains("LT");
      if (line.modifiers().contains("50")) {
        return Optional.of(BilateralStyle.MODIFIER_50);
      }
      sides |= right || left;
      twoUnits |= !right && !left && line.units() >= 2;
    }
    return twoUnits ? Optional.of(BilateralStyle.TWO_UNITS)
        : sides ? Optional.of(BilateralStyle.RT_LT_LINES) : Optional.empty();
  }
}
