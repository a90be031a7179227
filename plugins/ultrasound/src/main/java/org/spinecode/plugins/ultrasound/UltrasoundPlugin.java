package org.spinecode.plugins.ultrasound;

import java.util.List;
import org.spinecode.domain.family.FamilyCoder;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.FamilyContext;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.PluginDescriptor;
import org.spinecode.plugin.data.CodeTable;
import org.spinecode.plugin.data.DataTable;

/** Facet and transforaminal work under ultrasound, which moves it to Category III codes. */
public final class UltrasoundPlugin implements FamilyPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder()
        .id("ultrasound")
        .version("1.0.0")
        .summary("Ultrasound-guided facet (0213T-0218T) and transforaminal (0228T-0231T) injections")
        .addClaims(FamilyClaim.of(UltrasoundCodes.FACET, java.util.Set.of(Guidance.ULTRASOUND)))
        .addClaims(FamilyClaim.of(UltrasoundCodes.TRANSFORAMINAL, java.util.Set.of(Guidance.ULTRASOUND)))
        .build();
  }

  @Override
  public CodeTable codes() {
    return UltrasoundCodes.TABLE;
  }

  @Override
  public List<DataTable> tables() {
    return List.of(UltrasoundCodes.TABLE.describe("SpineCode ultrasound-guided codes 0213T-0218T, 0228T-0231T"));
  }

  @Override
  public FamilyCoder createCoder(FamilyContext context) {
    return new UltrasoundCoder(context);
  }
}
