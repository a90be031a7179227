package org.spinecode.plugins.interlaminar;

import java.util.List;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.encounter.Approach;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.contract.FamilyPluginContract;

class InterlaminarPluginContractTest extends FamilyPluginContract {
  @Override
  protected FamilyPlugin plugin() {
    return new InterlaminarPlugin();
  }

  @Override
  protected List<Session> samples() {
    ProcedureFamily family = ProcedureFamily.of("INTERLAMINAR");
    Procedure twoRegions = Procedure.builder().family(family).guidance(Guidance.FLUOROSCOPY)
        .addTargets(Target.builder().level(SpinalLevel.C7_T1).build(),
            Target.builder().level(SpinalLevel.L4_L5).build(),
            Target.builder().level(SpinalLevel.L5_S1).build())
        .build();
    Procedure caudalCatheter = Procedure.builder().family(family).guidance(Guidance.NONE)
        .approach(Approach.CAUDAL).indwellingCatheter(true).build();
    return List.of(session(twoRegions, Guidance.FLUOROSCOPY), session(caudalCatheter, Guidance.NONE));
  }
}
