package org.spinecode.plugins.facet;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * 64490-64495, as this plugin's code table ({@code facet-codes.csv}) defines them: labels, regions,
 * add-on parents, counting, imaging and the policy rows that apply. The constants name the rungs
 * the coder climbs.
 */
final class FacetCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("FACET");
  static final CodeTable TABLE = CodeTable.resource(FacetCodes.class, "facet-codes.csv");

  static final CodeDefinition C64490 = TABLE.code("64490");
  static final CodeDefinition C64491 = TABLE.code("64491");
  static final CodeDefinition C64492 = TABLE.code("64492");
  static final CodeDefinition C64493 = TABLE.code("64493");
  static final CodeDefinition C64494 = TABLE.code("64494");
  static final CodeDefinition C64495 = TABLE.code("64495");

  static final List<CodeDefinition> ALL = TABLE.all();

  private FacetCodes() {}
}
