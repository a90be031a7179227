package org.spinecode.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.Modifier;
import org.spinecode.domain.claim.Severity;
import org.spinecode.domain.policy.EditTable;

/**
 * A claim's edit findings are kept by what the edits read of its lines: equal lines find them,
 * lines that differ in code, units or side modifiers do not, and the claim kept does not change
 * with the list it was looked up by.
 */
class JudgedClaimsTest {
  private static final Finding[] JUDGED = {Finding.of("MUE_EXCEEDED", Severity.WARNING, "judged", List.of("T0101"), "test")};

  @Test
  void equal_lines_in_new_objects_find_the_findings_kept() {
    JudgedClaims judged = new JudgedClaims();
    judged.keep(claim(line("T0101", 1, Modifier.BILATERAL), line("T0102", 1, Modifier.RIGHT)), JUDGED);

    assertThat(judged.get(claim(line("T0101", 1, Modifier.BILATERAL), line("T0102", 1, Modifier.RIGHT))))
        .isSameAs(JUDGED);
  }

  @Test
  void lines_that_differ_in_what_the_edits_read_do_not() {
    JudgedClaims judged = new JudgedClaims();
    judged.keep(claim(line("T0101", 1, Modifier.BILATERAL)), JUDGED);

    assertThat(judged.get(claim(line("T0101", 2, Modifier.BILATERAL)))).isNull();
    assertThat(judged.get(claim(line("T0101", 1, Modifier.RIGHT)))).isNull();
    assertThat(judged.get(claim(line("T0102", 1, Modifier.BILATERAL)))).isNull();
    assertThat(judged.get(claim(line("T0101", 1, Modifier.BILATERAL), line("T0102", 1)))).isNull();
  }

  @Test
  void the_claim_kept_is_its_own_copy_of_the_lines() {
    JudgedClaims judged = new JudgedClaims();
    List<ClaimLine> lines = new ArrayList<>(List.of(line("T0101", 1, Modifier.BILATERAL)));
    judged.keep(new JudgedClaims.ClaimAsRead(0, Severity.WARNING, EditTable.PRACTITIONER, false, lines), JUDGED);

    lines.set(0, line("T0102", 3, Modifier.LEFT));

    assertThat(judged.get(claim(line("T0101", 1, Modifier.BILATERAL)))).isSameAs(JUDGED);
    assertThat(judged.get(claim(line("T0102", 3, Modifier.LEFT)))).isNull();
  }

  private static JudgedClaims.ClaimAsRead claim(ClaimLine... lines) {
    return new JudgedClaims.ClaimAsRead(0, Severity.WARNING, EditTable.PRACTITIONER, false, List.of(lines));
  }

  private static ClaimLine line(String code, int units, Modifier... modifiers) {
    return ClaimLine.of(code, List.of(modifiers), units, "test code", List.of("L4-L5"));
  }
}
