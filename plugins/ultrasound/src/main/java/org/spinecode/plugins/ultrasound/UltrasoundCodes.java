package org.spinecode.plugins.ultrasound;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * The Category III codes for ultrasound-guided work, as this plugin's code table
 * ({@code ultrasound-codes.csv}) defines them: facet 0213T-0218T and transforaminal 0228T-0231T
 * (deleted 2021-01-01; the product's code table dates them).
 */
final class UltrasoundCodes {
  static final ProcedureFamily FACET = ProcedureFamily.of("FACET");
  static final ProcedureFamily TRANSFORAMINAL = ProcedureFamily.of("TRANSFORAMINAL");
  static final CodeTable TABLE = CodeTable.resource(UltrasoundCodes.class, "ultrasound-codes.csv");

  static final CodeDefinition C0213T = TABLE.code("0213T");
  static final CodeDefinition C0214T = TABLE.code("0214T");
  static final CodeDefinition C0215T = TABLE.code("0215T");
  static final CodeDefinition C0216T = TABLE.code("0216T");
  static final CodeDefinition C0217T = TABLE.code("0217T");
  static final CodeDefinition C0218T = TABLE.code("0218T");
  static final CodeDefinition C0228T = TABLE.code("0228T");
  static final CodeDefinition C0229T = TABLE.code("0229T");
  static final CodeDefinition C0230T = TABLE.code("0230T");
  static final CodeDefinition C0231T = TABLE.code("0231T");

  static final List<CodeDefinition> ALL = TABLE.all();

  private UltrasoundCodes() {}
}
