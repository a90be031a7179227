package org.spinecode.cli.acceptance;

import org.spinecode.plugin.host.Installation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.edit.ClaimEdits;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.edit.EditTablesBuilder;
import org.spinecode.domain.policy.DateRange;
import java.util.Optional;
import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;
import org.spinecode.plugin.host.PluginDiscovery;

/**
 * A few rows of each CMS table, as the check tests need them, independent of the quarter the
 * product ships: a PTP pair of each indicator, MUEs, add-on rules and one deleted code.
 */
final class EditsFixture {
  static final String CODE_FILE = "CMS HCPCS code file (test rows)";
  static final ClaimEdits EDITS = edits();

  private EditsFixture() {}

  private static ClaimEdits edits() {
    EditTablesBuilder tables = EditTables.builder();
    for (EditTable table : EditTable.values()) {
      tables.addPtp(ptp(table, "64483", "77003", 1))
          .addPtp(ptp(table, "62323", "64483", 1))
          .addPtp(ptp(table, "64493", "62323", 1))
          .addMue(mue(table, "64483", 1))
          .addMue(mue(table, "64493", 1))
          .addMue(mue(table, "64494", 1))
          .addMue(mue(table, "64495", 1))
          .addMue(mue(table, "62323", 1))
          .addMue(mue(table, "77003", 1));
    }
    tables.addAddOn(AddOnRule.builder().addOn("64494").primary("64493").type(1).build())
        .addAddOn(AddOnRule.builder().addOn("64494").primary("64490").type(1).build())
        .addAddOn(AddOnRule.builder().addOn("64495").primary("64493").type(1).build())
        .addAddOn(AddOnRule.builder().addOn("64484").primary("64483").type(1).build());
    for (String code : List.of("64483", "64484", "64493", "64494", "64495")) {
      tables.bilateralIndicator(code, 1);
    }
    List<DatedCode> codes = new ArrayList<>();
    codes.add(DatedCode.builder().code("62311").label("lumbar epidural, before 2017")
        .dates(DateRange.through(Optional.empty(), Optional.of(LocalDate.of(2016, 12, 31))))
        .whenNotInEffect("report 62322 or 62323").authority(CODE_FILE).build());
    codes.add(DatedCode.builder().code("77003").label("fluoroscopic guidance").authority(CODE_FILE).build());
    Installation product = Installation.of(PluginDiscovery.fromClassPath());
    for (CodeDefinition definition : product.catalogue().codes()) {
      codes.add(DatedCode.of(definition));
    }
    return ClaimEdits.of(tables.build(), codes, product.data().conventions());
  }

  private static PtpEdit ptp(EditTable table, String one, String two, int indicator) {
    return PtpEdit.builder().table(table).columnOne(one).columnTwo(two).modifierIndicator(indicator)
        .rationale("test row").build();
  }

  private static MueLimit mue(EditTable table, String code, int units) {
    return MueLimit.builder().table(table).code(code).units(units).adjudication(2).rationale("test row").build();
  }
}
