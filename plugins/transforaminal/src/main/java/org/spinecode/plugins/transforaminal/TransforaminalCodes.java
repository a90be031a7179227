package org.spinecode.plugins.transforaminal;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * 64479/64480 and 64483/64484, as this plugin's code table ({@code transforaminal-codes.csv})
 * defines them. There is no 64481 or 64482.
 */
final class TransforaminalCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("TRANSFORAMINAL");
  static final CodeTable TABLE = CodeTable.resource(TransforaminalCodes.class, "transforaminal-codes.csv");

  static final CodeDefinition C64479 = TABLE.code("64479");
  static final CodeDefinition C64480 = TABLE.code("64480");
  static final CodeDefinition C64483 = TABLE.code("64483");
  static final CodeDefinition C64484 = TABLE.code("64484");

  static final List<CodeDefinition> ALL = TABLE.all();

  private TransforaminalCodes() {}
}
