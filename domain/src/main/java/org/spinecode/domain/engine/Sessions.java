package org.spinecode.domain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.family.Session;
import org.spinecode.domain.family.SessionProcedure;

/**
 * Groups an encounter's procedures into sessions, in first-seen order: procedures of one family
 * whose guidance is routed to the same coder are one session, because that coder's codes describe
 * them together. So fluoroscopy and CT work is one session (the codes read "fluoroscopy or CT";
 * A58993, A57787), interlaminar work under any guidance is one session (one unit per region per
 * day), and ultrasound-guided facet or transforaminal work, routed to the Category III coder, is a
 * session of its own. Guidance no coder takes forms its own session, refused by the engine.
 */
final class Sessions {
  private Sessions() {}

  /** A session being gathered, with the route that will code it (null when none). */
  static final class Draft {
    final ProcedureFamily family;
    final FamilyRoute route;
    final Guidance unrouted;
    /** Immutable while the session has one procedure (most do), so the session keeps it uncopied. */
    List<SessionProcedure> procedures;
    Guidance guidance;

    private Draft(ProcedureFamily family, FamilyRoute route, Guidance guidance, SessionProcedure first) {
      this.family = family;
      this.route = route;
      this.unrouted = route == null ? guidance : null;
      this.guidance = guidance;
      this.procedures = List.of(first);
    }

    private void add(SessionProcedure procedure) {
      if (procedures.size() == 1) {
        procedures = new ArrayList<>(procedures);
      }
      procedures.add(procedure);
    }

    Session build(Encounter encounter) {
      return Session.of(encounter.dateOfService(), encounter.payer(), encounter.setting(), family, guidance,
          procedures);
    }
  }

  static List<Draft> of(Encounter encounter, FamilyNames names,
      Map<ProcedureFamily, Map<Guidance, FamilyRoute>> routes) {
    List<Draft> drafts = new ArrayList<>(2);
    List<Procedure> procedures = encounter.procedures();
    for (int i = 0; i < procedures.size(); i++) {
      Procedure procedure = procedures.get(i);
      ProcedureFamily family = names.ofProcedure(procedure.family(), i);
      FamilyRoute route = routes.get(family).get(procedure.guidance());
      Draft draft = find(drafts, family, route, procedure.guidance());
      if (draft == null) {
        drafts.add(new Draft(family, route, procedure.guidance(), SessionProcedure.of(i, procedure)));
      } else {
        draft.guidance = draft.guidance.strongest(procedure.guidance());
        draft.add(SessionProcedure.of(i, procedure));
      }
    }
    return drafts;
  }

  /** An encounter has a few sessions, so they are found by a scan, not hashed. */
  private static Draft find(List<Draft> drafts, ProcedureFamily family, FamilyRoute route, Guidance guidance) {
    for (Draft draft : drafts) {
      if (draft.family.equals(family) && draft.route == route
          && (route != null || draft.unrouted == guidance)) {
        return draft;
      }
    }
    return null;
  }
}
