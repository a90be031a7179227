package org.spinecode.plugins.facet;

import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.data.CodeTable;

/**
 * 64490-64495, as this plugin's code table ({@code facet-codes.csv}) defines them: labels, regions,
 * add-on parents, counting, imaging and the policy rows that apply. The host resolves the rows; the
 * coder names the rungs it climbs.
 */
final class FacetCodes {
  static final ProcedureFamily FAMILY = ProcedureFamily.of("FACET");
  static final CodeTable TABLE = CodeTable.resource(FacetCodes.class, "facet-codes.csv");


  private FacetCodes() {}
}
