package org.spinecode.plugins.facet;

import java.util.List;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;
import org.spinecode.plugin.data.CodeTable;
import org.spinecode.plugin.data.DataTable;

/**
 * Facet joint injections and medial branch blocks with fluoroscopy or CT. It also takes unguided
 * requests, to say what CPT directs instead; ultrasound-guided ones belong to the ultrasound plugin.
 */
public final class FacetPlugin implements FamilyPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder()
        .id("facet")
        .version("1.0.0")
        .summary("Facet joint injections and medial branch blocks under fluoroscopy or CT (64490-64495)")
        .addClaims(FamilyClaim.builder()
            .family(FacetCodes.FAMILY)
            .addGuidance(Guidance.FLUOROSCOPY, Guidance.CT, Guidance.NONE)
            .addAliases(ProcedureFamily.of("MEDIAL_BRANCH_BLOCK"), ProcedureFamily.of("MBB"),
                ProcedureFamily.of("FACET_JOINT"))
            .build())
        .build();
  }

  @Override
  public CodeTable codes() {
    return FacetCodes.TABLE;
  }

  @Override
  public List<DataTable> tables() {
    return List.of(FacetCodes.TABLE.describe("SpineCode facet codes 64490-64495"));
  }

  @Override
  public FamilyCoder createCoder(FamilyContext context) {
    return new FacetCoder(context);
  }
}
