package org.spinecode.examples.rfa;

import java.time.LocalDate;
import java.util.List;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.family.SessionProcedure;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.MedialBranch;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.FamilyPlugin;
import org.spinecode.plugin.contract.FamilyPluginContract;

/** The contract every family passes, run against the drop-in plugin. */
class RadiofrequencyAblationPluginContractTest extends FamilyPluginContract {

  @Override
  protected FamilyPlugin plugin() {
    return new RadiofrequencyAblationPlugin();
  }

  @Override
  protected List<Session> samples() {
    Procedure spread = Procedure.builder().family(AblationCodes.FAMILY).guidance(Guidance.FLUOROSCOPY)
        .addTargets(Target.at(SpinalLevel.C4_C5, Laterality.RIGHT), Target.at(SpinalLevel.C5_C6, Laterality.RIGHT),
            Target.at(SpinalLevel.C6_C7, Laterality.BILATERAL),
            Target.builder().addNerves(MedialBranch.L3, MedialBranch.L4, MedialBranch.L5, MedialBranch.S1)
                .side(Laterality.BILATERAL).build())
        .build();
    Procedure junction = Procedure.builder().family(AblationCodes.FAMILY).guidance(Guidance.CT)
        .addTargets(Target.builder().addNerves(MedialBranch.T11, MedialBranch.T12, MedialBranch.L1)
            .side(Laterality.LEFT).build(), Target.at(SpinalLevel.L2_L3, Laterality.BILATERAL))
        .build();
    Session medicareJunction = Session.builder()
        .dateOfService(LocalDate.of(2026, 3, 2)).payer(Payer.MEDICARE).setting(Setting.ASC)
        .family(AblationCodes.FAMILY).guidance(Guidance.CT)
        .addProcedures(SessionProcedure.of(0, junction))
        .build();
    return List.of(session(spread, Guidance.FLUOROSCOPY), session(junction, Guidance.CT), medicareJunction);
  }
}
