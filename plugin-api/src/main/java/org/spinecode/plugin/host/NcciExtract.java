package org.spinecode.plugin.host;

import org.spinecode.domain.policy.AddOnRule;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.domain.policy.EditTable;
import org.spinecode.domain.policy.MueLimit;
import org.spinecode.domain.policy.PtpEdit;
import org.spinecode.plugin.data.Table;

/**
 * The bundled NCCI extract ({@code ncci-2024q3.csv}, shared data/cms/README.md): PTP, MUE and AOC
 * rows of SpineCode's codes and their neighbours in one table, ISO dates, a deletion date being the
 * last day a row applies.
 */
final class NcciExtract {

  private NcciExtract() {}

  static void read(Table table, ReferenceLoader loader) {
    for (Table.Row row : table.rows()) {
      row.convert(r -> {
        switch (r.required("record_type")) {
          case "PTP" -> loader.ptp.get(table(r)).rows.add(PtpEdit.builder()
              .table(table(r)).columnOne(r.required("code_1")).columnTwo(r.required("code_2"))
              .modifierIndicator(r.number("modifier_indicator", 0))
              .window(DateRange.through(r.date("effective_date"), r.date("deletion_date")))
              .rationale(r.optional("rationale").orElse("not given")).build());
          case "MUE" -> loader.mue.get(table(r)).rows.add(MueLimit.builder()
              .table(table(r)).code(r.required("code_1")).units(r.number("mue_value", 0))
              .adjudication(r.number("mai", 1)).rationale(r.optional("rationale").orElse("not given")).build());
          case "AOC" -> loader.aoc.rows.add(AddOnRule.builder().addOn(r.required("code_2"))
              .primary(r.optional("code_1")).type(r.number("aoc_type", 1))
              .window(DateRange.through(r.date("effective_date"), r.date("deletion_date"))).build());
          default -> throw r.fail("record_type must be PTP, MUE or AOC");
        }
      });
    }
  }

  private static EditTable table(Table.Row row) {
    return switch (row.required("setting")) {
      case "practitioner" -> EditTable.PRACTITIONER;
      case "outpatient_hospital" -> EditTable.OUTPATIENT_HOSPITAL;
      default -> throw row.fail("setting must be practitioner or outpatient_hospital");
    };
  }
}
