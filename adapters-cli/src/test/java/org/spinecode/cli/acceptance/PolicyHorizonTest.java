package org.spinecode.cli.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Procedure;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.domain.encounter.Purpose;
import org.spinecode.domain.encounter.Target;
import org.spinecode.domain.encounter.UsState;
import org.spinecode.domain.spine.Laterality;
import org.spinecode.domain.spine.SpinalLevel;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;

/**
 * The "policy not modelled" note over the bundled tables: it marks a date before the contractor's
 * own LCD, never a date before a prior-authorization program began (WISeR from 2026-01-15 has no
 * earlier version that could have been missed).
 */
class PolicyHorizonTest {
  private static final EncounterCoder CODER = Installation.of(PluginDiscovery.fromClassPath()).coder();
  private static final String NOTE = "MEDICARE_POLICY_NOT_MODELLED";

  @Test
  void a_new_york_transforaminal_session_after_ngs_s_lcd_and_before_wiser_is_modelled() {
    assertThat(rules(LocalDate.of(2024, 6, 3))).doesNotContain(NOTE);
  }

  @Test
  void before_ngs_s_epidural_lcd_the_note_says_its_limits_were_not_checked() {
    assertThat(rules(LocalDate.of(2021, 6, 1))).contains(NOTE);
  }

  private static List<String> rules(LocalDate date) {
    Procedure transforaminal = Procedure.builder().family(ProcedureFamily.of("TRANSFORAMINAL"))
        .guidance(Guidance.FLUOROSCOPY).purpose(Purpose.THERAPEUTIC)
        .addTargets(Target.at(SpinalLevel.parse("L4-L5"), Laterality.RIGHT)).build();
    Encounter encounter = Encounter.builder().dateOfService(date).payer(Payer.MEDICARE).state(UsState.NY)
        .addProcedures(transforaminal).build();
    return CODER.code(encounter).findings().stream().map(Finding::rule).toList();
  }
}
