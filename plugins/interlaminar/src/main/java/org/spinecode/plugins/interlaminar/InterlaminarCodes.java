package org.spinecode.plugins.interlaminar;

import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * 62320-62327, as this plugin's code table ({@code interlaminar-codes.csv}) defines them: one unit
 * per region per day, no laterality (MPFS bilateral indicator 9).
 */
final class InterlaminarCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("INTERLAMINAR");
  static final CodeTable TABLE = CodeTable.resource(InterlaminarCodes.class, "interlaminar-codes.csv");

  private InterlaminarCodes() {}
}
