package org.spinecode.cli.acceptance;

import org.spinecode.domain.EncounterCoder;
import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.spinecode.domain.edit.BilledLine;
import org.spinecode.domain.check.BilledLineText;
import org.spinecode.domain.check.CheckedClaim;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.check.Verdict;
import org.spinecode.domain.claim.ClaimLine;
import org.spinecode.domain.claim.CodingResult;
import org.spinecode.domain.claim.Finding;
import org.spinecode.domain.claim.RuleIds;
import org.spinecode.domain.encounter.BilateralStyle;
import org.spinecode.domain.encounter.ClaimType;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.domain.encounter.Payer;
import org.spinecode.domain.encounter.Setting;
import org.spinecode.plugin.host.PluginDiscovery;

/** Checking SpineCode's own lines always matches, in any order, and the check codes as the coder does. */
class CheckPropertiesTest {
  private static final Installation PRODUCT = Installation.of(PluginDiscovery.fromClassPath());
  private static final EncounterCoder ENGINE = PRODUCT.directCoder();
  private static final ClaimChecker CHECKER = new ClaimChecker(ENGINE, PRODUCT.catalogue(), EditsFixture.EDITS,
      PRODUCT.data().conventions());
  /** Judges billed lines with the engine's own tables, so its findings can be held against the engine's. */
  private static final ClaimChecker SAME_TABLES =
      new ClaimChecker(ENGINE, PRODUCT.catalogue(), PRODUCT.claimEdits(), PRODUCT.data().conventions());
  private static final List<String> LINE_EDITS = List.of(RuleIds.NCCI_PTP_EDIT, RuleIds.MUE_EXCEEDED);

  /**
   * CONTRACT.md v3, "Check mode": a correct claim in any bilateral style the payer accepts for the
   * claim matches. For every payer, setting and claim type, SpineCode's lines in each accepted
   * style, checked against the encounter (which states no style), answer MATCH; and the edits
   * judge those lines as billed exactly as they judged them as SpineCode's own (an ASC's units
   * count the same distinct levels either way).
   */
  @Test
  void SpineCodes_lines_in_every_style_the_payer_accepts_check_as_MATCH_for_every_payer_setting_and_claim_type() {
    qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      Encounter drawn = EncounterGenerator.encounter(seed);
      for (Payer payer : Payer.values()) {
        for (Setting setting : Setting.values()) {
          for (ClaimType type : ClaimType.values()) {
            if (setting == Setting.OFFICE && type == ClaimType.FACILITY) {
              continue;
            }
            Encounter encounter = claim(drawn, payer, setting, type, null);
            for (BilateralStyle style : PRODUCT.data().conventions().acceptedStyles(encounter)) {
              CodingResult inStyle = ENGINE.code(claim(drawn, payer, setting, type, style));
              List<BilledLine> billed = new ArrayList<>();
              for (ClaimLine line : inStyle.lines()) {
                billed.add(BilledLineText.asBilled(line));
              }
              Collections.shuffle(billed, new Random(seed));

              CheckedClaim checked = SAME_TABLES.check(encounter, billed);

              String as = "seed " + seed + ", " + payer + " " + setting + " " + type + " in " + style + ": " + billed;
              assertThat(checked.check().differences()).as(as).isEmpty();
              assertThat(checked.check().verdict()).as(as).isEqualTo(Verdict.MATCH);
              assertThat(lineEdits(checked.check().findings())).as(as).isEqualTo(lineEdits(inStyle.findings()));
            }
          }
        }
      }
    });
  }

  /** The drawn encounter as a claim of this payer, setting and type, in {@code style} (null: the payer's default). */
  private static Encounter claim(Encounter drawn, Payer payer, Setting setting, ClaimType type, BilateralStyle style) {
    Encounter.Builder claim = Encounter.builder()
        .dateOfService(drawn.dateOfService())
        .payer(payer)
        .setting(setting)
        .claimType(type)
        .abnOnFile(drawn.abnOnFile())
        .addAllHistory(drawn.history())
        .addAllProcedures(drawn.procedures());
    drawn.priorAuthorizationNumber().ifPresent(claim::priorAuthorizationNumber);
    if (style != null) {
      claim.bilateralStyle(style);
    }
    return claim.build();
  }

  private static Set<String> lineEdits(List<Finding> findings) {
    Set<String> edits = new TreeSet<>();
    for (Finding finding : findings) {
      if (LINE_EDITS.contains(finding.rule())) {
        edits.add(finding.rule() + " " + finding.severity() + " " + finding.codes());
      }
    }
    return edits;
  }

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
