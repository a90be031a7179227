package org.spinecode.plugins.ultrasound;

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

  private UltrasoundCodes() {}
}
