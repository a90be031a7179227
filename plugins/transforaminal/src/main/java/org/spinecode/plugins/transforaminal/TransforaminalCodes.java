package org.spinecode.plugins.transforaminal;

import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * 64479/64480 and 64483/64484, as this plugin's code table ({@code transforaminal-codes.csv})
 * defines them. There is no 64481 or 64482.
 */
final class TransforaminalCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("TRANSFORAMINAL");
  static final CodeTable TABLE = CodeTable.resource(TransforaminalCodes.class, "transforaminal-codes.csv");

  private TransforaminalCodes() {}
}
