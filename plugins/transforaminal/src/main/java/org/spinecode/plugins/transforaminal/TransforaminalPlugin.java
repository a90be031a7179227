package org.spinecode.plugins.transforaminal;

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
 * Transforaminal epidurals with fluoroscopy or CT. It also takes unguided requests, to say that
 * they have no code; ultrasound-guided ones belong to the ultrasound family plugin.
 */
public final class TransforaminalPlugin implements FamilyPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder()
        .id("transforaminal")
        .version("1.0.0")
        .summary("Transforaminal epidurals under fluoroscopy or CT (64479, 64480, 64483, 64484)")
        .addClaims(FamilyClaim.builder()
            .family(TransforaminalCodes.FAMILY)
            .addGuidance(Guidance.FLUOROSCOPY, Guidance.CT, Guidance.NONE)
            // "Transformational" is a frequent dictation slip; SNRB is the diagnostic name.
            .addAliases(ProcedureFamily.of("TRANSFORMATIONAL"), ProcedureFamily.of("TFESI"),
                ProcedureFamily.of("SELECTIVE_NERVE_ROOT_BLOCK"), ProcedureFamily.of("SNRB"))
            .build())
        .build();
  }

  @Override
  public CodeTable codes() {
    return TransforaminalCodes.TABLE;
  }

  @Override
  public List<DataTable> tables() {
    return List.of(TransforaminalCodes.TABLE.describe("SpineCode transforaminal codes 64479-64484"));
  }

  @Override
  public FamilyCoder createCoder(FamilyContext context) {
    return new TransforaminalCoder(context);
  }
}
