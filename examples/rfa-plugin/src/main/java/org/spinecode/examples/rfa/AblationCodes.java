package org.spinecode.examples.rfa;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * 64633-64636, as this plugin's code table ({@code ablation-codes.csv}) defines them, with policy
 * ids resolved in the product's table and then in this plugin's {@code ablation-policies.csv}.
 */
final class AblationCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("RADIOFREQUENCY_ABLATION");
  static final CodeTable TABLE =
      CodeTable.resource(AblationCodes.class, "ablation-codes.csv", AblationPolicies.TABLE);

  static final CodeDefinition C64633 = TABLE.code("64633");
  static final CodeDefinition C64634 = TABLE.code("64634");
  static final CodeDefinition C64635 = TABLE.code("64635");
  static final CodeDefinition C64636 = TABLE.code("64636");

  /** Primaries before their add-ons: the engine orders claim lines by this. */
  static final List<CodeDefinition> ALL = TABLE.all();

  private AblationCodes() {}
}
