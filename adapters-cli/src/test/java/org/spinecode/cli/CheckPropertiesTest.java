package org.spinecode.cli;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.domain.check.BilledLineText;
import org.spinecode.domain.check.CheckedClaim;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.check.Verdict;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.plugin.host.PluginDiscovery;

/** Checking SpineCode's own lines always matches, in any order, and the check codes as the coder does. */
class CheckPropertiesTest {
  private static final Installation PRODUCT = Installation.of(PluginDiscovery.fromClassPath());
  private static final EncounterCoder ENGINE = PRODUCT.directCoder();
  private static final ClaimChecker CHECKER = new ClaimChecker(ENGINE, PRODUCT.catalogue(), EditsFixture.EDITS, PRODUCT.data().conventions());

  @Test
  void checking_SpineCodes_own_lines_in_any_order_gives_MATCH_with_no_differences() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Encounter encounter = EncounterGenerator.encounter(seed);
      CodingResult coded = ENGINE.code(encounter);
      List<BilledLine> billed = new ArrayList<>();
      for (ClaimLine line : coded.lines()) {
        billed.add(BilledLineText.asBilled(line));
      }
      Collections.shuffle(billed, new Random(seed));

      CheckedClaim checked = CHECKER.check(encounter, billed);

      assertThat(checked.check().differences()).as("seed " + seed).isEmpty();
      assertThat(checked.check().verdict()).as("seed " + seed).isEqualTo(Verdict.MATCH);
      assertThat(checked.result()).as("seed " + seed).isEqualTo(coded);
    });
  }

  @Test
  void a_line_taken_off_SpineCodes_claim_is_always_named_as_missing() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Encounter encounter = EncounterGenerator.encounter(seed);
      List<ClaimLine> lines = ENGINE.code(encounter).lines();
      if (lines.isEmpty()) {
        return;
      }
      int dropped = new Random(seed).nextInt(lines.size());
      List<BilledLine> billed = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i != dropped) {
          billed.add(BilledLineText.asBilled(lines.get(i)));
        }
      }

      CheckedClaim checked = CHECKER.check(encounter, billed);

      assertThat(checked.check().verdict()).as("seed " + seed).isEqualTo(Verdict.DIFFERS);
      assertThat(checked.check().differences()).as("seed " + seed).singleElement()
          .satisfies(d -> assertThat(d.expected()).contains(BilledLineText.asBilled(lines.get(dropped))));
    });
  }
}
