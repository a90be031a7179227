package org.spinecode.plugins.ultrasound;

import java.util.List;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.contract.FamilyPluginContract;

class UltrasoundPluginContractTest extends FamilyPluginContract {
  @Override
  protected FamilyPlugin plugin() {
    return new UltrasoundPlugin();
  }

  @Override
  protected List<Session> samples() {
    Procedure facet = Procedure.builder().family(ProcedureFamily.of("FACET"))
        .guidance(Guidance.ULTRASOUND).purpose(Purpose.THERAPEUTIC)
        .addTargets(Target.at(SpinalLevel.L3_L4, Laterality.BILATERAL), Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL),
            Target.at(SpinalLevel.L5_S1, Laterality.RIGHT), Target.at(SpinalLevel.C2_C3, Laterality.LEFT))
        .build();
    Procedure transforaminal = Procedure.builder().family(ProcedureFamily.of("TRANSFORAMINAL"))
        .guidance(Guidance.ULTRASOUND).purpose(Purpose.DIAGNOSTIC)
        .addTargets(Target.at(SpinalLevel.C5_C6, Laterality.LEFT), Target.at(SpinalLevel.C6_C7, Laterality.LEFT),
            Target.at(SpinalLevel.L5_S1, Laterality.BILATERAL))
        .build();
    return List.of(session(facet, Guidance.ULTRASOUND), session(transforaminal, Guidance.ULTRASOUND));
  }
}
