package org.spinecode.plugin.host;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinecode.domain.catalogue.DatedCode;
import org.spinecode.domain.policy.DateRange;
import org.spinecode.plugin.data.DataLoadException;
import org.spinecode.plugin.data.Table;

/**
 * Reads the product's code table ({@code codes.csv}): when each code of the installed families and
 * its neighbours is in effect, what to report instead, and what a coder should know of numbers no
 * family bills (deleted codes, numbers that were never codes, bundled imaging). Its
 * {@code effective_through} is the code's last day, as the code set changes publish it.
 */
final class CodeDatesTable {
  static final String FILE_NAME = "codes.csv";
  static final String BUNDLED = "/org/spinecode/data/" + FILE_NAME;

  private CodeDatesTable() {}

  static Map<String, DatedCode> read(Table table) {
    Map<String, DatedCode> codes = new LinkedHashMap<>();
    for (Table.Row row : table.rows()) {
      row.convert(r -> {
        String code = r.required("code");
        DatedCode dated = DatedCode.builder().code(code)
            .label(r.optional("label").orElse(code))
            .dates(DateRange.through(r.date("effective_from"), r.date("effective_through")))
            .whenNotInEffect(r.optional("when_not_in_effect"))
            .status(r.optionalOneOf("status", DatedCode.Status.class).orElse(DatedCode.Status.CODE))
            .note(r.optional("note"))
            .authority(r.required("authority"))
            .build();
        if (codes.put(code, dated) != null) {
          throw r.fail("code " + code + " appears twice");
        }
      });
    }
    if (codes.isEmpty()) {
      throw new DataLoadException(table.name(), 0, "the table lists no code");
    }
    return codes;
  }
}
