package org.spinecode.plugins.interlaminar;

import java.util.EnumSet;
import java.util.List;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;
import org.spinecode.plugin.data.CodeTable;
import org.spinecode.plugin.data.DataTable;

/** Interlaminar and caudal epidurals, single shot or by indwelling catheter, under any guidance. */
public final class InterlaminarPlugin implements FamilyPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder()
        .id("interlaminar")
        .version("1.0.0")
        .summary("Interlaminar and caudal epidurals, single shot or catheter (62320-62327)")
        .addClaims(FamilyClaim.builder()
            .family(InterlaminarCodes.FAMILY)
            .addAllGuidance(EnumSet.allOf(Guidance.class))
            .build())
        .build();
  }

  @Override
  public CodeTable codes() {
    return InterlaminarCodes.TABLE;
  }

  @Override
  public List<DataTable> tables() {
    return List.of(InterlaminarCodes.TABLE.describe("SpineCode interlaminar codes 62320-62327"));
  }

  @Override
  public FamilyCoder createCoder(FamilyContext context) {
    return new InterlaminarCoder(context);
  }
}
