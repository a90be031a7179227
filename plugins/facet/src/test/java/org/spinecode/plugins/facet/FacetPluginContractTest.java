package org.spinecode.plugins.facet;

import java.util.List;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.contract.FamilyPluginContract;

class FacetPluginContractTest extends FamilyPluginContract {
  @Override
  protected FamilyPlugin plugin() {
    return new FacetPlugin();
  }

  @Override
  protected List<Session> samples() {
    Procedure procedure = Procedure.builder().family(ProcedureFamily.of("FACET"))
        .guidance(Guidance.CT).purpose(Purpose.DIAGNOSTIC)
        .addTargets(Target.at(SpinalLevel.C3_C4, Laterality.RIGHT), Target.at(SpinalLevel.C4_C5, Laterality.RIGHT),
            Target.at(SpinalLevel.C5_C6, Laterality.RIGHT), Target.at(SpinalLevel.C6_C7, Laterality.BILATERAL),
            Target.builder().addNerves(MedialBranch.L3, MedialBranch.L4, MedialBranch.L5).side(Laterality.LEFT).build())
        .build();
    return List.of(session(procedure, Guidance.CT));
  }
}
