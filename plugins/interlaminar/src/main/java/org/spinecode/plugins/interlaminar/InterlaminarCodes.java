package org.spinecode.plugins.interlaminar;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * 62320-62327, as this plugin's code table ({@code interlaminar-codes.csv}) defines them: one unit
 * per region per day, no laterality (MPFS bilateral indicator 9).
 */
final class InterlaminarCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("INTERLAMINAR");
  static final CodeTable TABLE = CodeTable.resource(InterlaminarCodes.class, "interlaminar-codes.csv");

  static final CodeDefinition C62320 = TABLE.code("62320");
  static final CodeDefinition C62321 = TABLE.code("62321");
  static final CodeDefinition C62322 = TABLE.code("62322");
  static final CodeDefinition C62323 = TABLE.code("62323");
  static final CodeDefinition C62324 = TABLE.code("62324");
  static final CodeDefinition C62325 = TABLE.code("62325");
  static final CodeDefinition C62326 = TABLE.code("62326");
  static final CodeDefinition C62327 = TABLE.code("62327");

  static final List<CodeDefinition> ALL = TABLE.all();

  private InterlaminarCodes() {}
}
