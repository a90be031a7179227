package org.spinecode.plugins.interlaminar;

import java.util.EnumSet;
import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.edit.DataTable;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;

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
  public List<DataTable> tables() {
    return List.of(InterlaminarCodes.TABLE.describe("SpineCode interlaminar codes 62320-62327"));
  }

  @Override
  public List<CodeDefinition> catalogue() {
    return InterlaminarCodes.ALL;
  }

  @Override
  public FamilyCoder createCoder() {
    return new InterlaminarCoder();
  }
}
