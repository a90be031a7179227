package org.spinecode.plugins.transforaminal;

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

class TransforaminalPluginContractTest extends FamilyPluginContract {
  @Override
  protected FamilyPlugin plugin() {
    return new TransforaminalPlugin();
  }

  @Override
  protected List<Session> samples() {
    Procedure procedure = Procedure.builder().family(ProcedureFamily.of("TRANSFORAMINAL"))
        .guidance(Guidance.FLUOROSCOPY).purpose(Purpose.THERAPEUTIC)
        .addTargets(Target.at(SpinalLevel.L3_L4, Laterality.RIGHT), Target.at(SpinalLevel.L4_L5, Laterality.BILATERAL),
            Target.at(SpinalLevel.S1, Laterality.LEFT), Target.at(SpinalLevel.C6_C7, Laterality.LEFT))
        .build();
    return List.of(session(procedure, Guidance.FLUOROSCOPY));
  }
}
