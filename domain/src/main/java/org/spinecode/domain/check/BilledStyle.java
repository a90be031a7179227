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

  private static Optional<BilateralStyle> written(List<BilledLine> billed, CodeCatalogue catalogue) {
    boolean sides = false;
    boolean lateral = false;
    for (BilledLine line : billed) {
      Optional<CodeDefinition> code = catalogue.find(line.code());
      if (code.isEmpty() || !code.get().lateral()) {
        continue;
      }
      lateral = true;
      if (line.modifiers().contains("50")) {
        return Optional.of(BilateralStyle.MODIFIER_50);
      }
      sides |= line.modifiers().contains("RT") || line.modifiers().contains("LT");
    }
    if (!lateral) {
      return Optional.empty();
    }
    return Optional.of(sides ? BilateralStyle.RT_LT_LINES : BilateralStyle.TWO_UNITS);
  }
}
