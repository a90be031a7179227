package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.family.SessionProcedure;

/** Groups an encounter's procedures into sessions: one per family and guidance, in first-seen order. */
final class Sessions {
  private Sessions() {}

  static List<Session> of(Encounter encounter, FamilyNames names) {
    List<Draft> drafts = new ArrayList<>(2);
    List<Procedure> procedures = encounter.procedures();
    for (int i = 0; i < procedures.size(); i++) {
      Procedure procedure = procedures.get(i);
      ProcedureFamily family = names.ofProcedure(procedure.family(), i);
      Draft.of(drafts, encounter, family, procedure.guidance())
          .session.addProcedures(SessionProcedure.of(i, procedure));
    }
    List<Session> built = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      built.add(draft.session.build());
    }
    return built;
  }

  /** A session being gathered. An encounter has a few, so they are found by a scan, not hashed. */
  private static final class Draft {
    final ProcedureFamily family;
    final Guidance guidance;
    final Session.Builder session;

    private Draft(Encounter encounter, ProcedureFamily family, Guidance guidance) {
      this.family = family;
      this.guidance = guidance;
      this.session = Session.builder()
          .dateOfService(encounter.dateOfService())
          .payer(encounter.payer())
          .setting(encounter.setting())
          .family(family)
          .guidance(guidance);
    }

    static Draft of(List<Draft> drafts, Encounter encounter, ProcedureFamily family, Guidance guidance) {
      for (Draft draft : drafts) {
        if (draft.guidance == guidance && draft.family.equals(family)) {
          return draft;
        }
      }
      Draft draft = new Draft(encounter, family, guidance);
      drafts.add(draft);
      return draft;
    }
  }
}
