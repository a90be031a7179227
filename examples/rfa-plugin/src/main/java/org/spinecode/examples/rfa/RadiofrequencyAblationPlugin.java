package org.spinecode.examples.rfa;

import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;
import org.spinecode.plugin.data.DataTable;
import org.spinecode.plugin.data.PolicyTable;

/**
 * Radiofrequency ablation of the nerves of the facet joints under fluoroscopy or CT (64633-64636),
 * as a drop-in plugin. It also claims unguided and ultrasound-guided requests, so that it can say
 * why there is no line (the codes require fluoroscopy or CT) instead of leaving the engine to
 * report that no plugin codes the combination.
 */
public final class RadiofrequencyAblationPlugin implements FamilyPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder()
        .id("rfa")
        .version("1.0.0")
        .summary("Facet joint nerve radiofrequency ablation under fluoroscopy or CT (64633-64636),"
            + " a drop-in example family")
        .addClaims(FamilyClaim.builder()
            .family(AblationCodes.FAMILY)
            .addGuidance(Guidance.FLUOROSCOPY, Guidance.CT, Guidance.NONE, Guidance.ULTRASOUND)
            .addAliases(ProcedureFamily.of("RFA"),
                ProcedureFamily.of("MEDIAL_BRANCH_RADIOFREQUENCY_ABLATION"),
                ProcedureFamily.of("FACET_RADIOFREQUENCY_ABLATION"),
                ProcedureFamily.of("RADIOFREQUENCY_NEUROTOMY"))
            .build())
        .build();
  }

  @Override
  public List<DataTable> tables() {
    return List.of(AblationCodes.TABLE.describe("RFA example codes 64633-64636"),
        AblationPolicies.TABLE.describe("RFA example Medicare policies"));
  }

  @Override
  public List<CodeDefinition> catalogue() {
    return AblationCodes.ALL;
  }

  /** The junction row of the product's policy table, which applies to ablation as it does to facet injections. */
  private static final String THORACOLUMBAR_JUNCTION = "FACET_THORACOLUMBAR_JUNCTION";

  @Override
  public FamilyCoder createCoder() {
    return new AblationCoder(PolicyTable.bundled().thoracolumbarJunction(THORACOLUMBAR_JUNCTION));
  }

  /** Reads the junction row from the policy table in force, which {@code --data-dir} may replace. */
  @Override
  public FamilyCoder createCoder(FamilyContext context) {
    return new AblationCoder(context.policies().thoracolumbarJunction(THORACOLUMBAR_JUNCTION));
  }
}
