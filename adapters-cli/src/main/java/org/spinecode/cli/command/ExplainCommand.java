package org.spinecode.cli.command;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.spinecode.plugin.host.Installation;
import org.spinecode.rest.wire.CodeExplanation;
import org.spinecode.rest.wire.CodeExplanation.ContractorView;
import org.spinecode.rest.wire.CodeExplanation.PolicyView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What a code means in our words, how it counts, and the policies that apply, with authorities. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {"Explains a code in our own words, with every coverage rule and its authority.",
        "Shows the region, add-on parent, how units count, included imaging and bilateral handling.",
        "Also explains deleted codes (62311, 72275), numbers that are not codes (64481) and bundled imaging (77003)."})
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand
  SpineCodeCommand root;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "CODE", description = "A CPT or Category III code, such as 64493 or 0216T.")
  String code;

  @Option(names = "--output", paramLabel = "OUTPUT", description = "${COMPLETION-CANDIDATES} (default: table).")
  ListingFormat output = ListingFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Installation installation = root.services().installation();
    Optional<CodeExplanation> found = CodeExplanation.of(code, installation.catalogue(), installation.editTables(),
        installation.data().contractors());
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("spinecode explain: " + code
          + " is not a code SpineCode knows (see 'spinecode codes')");
      return ExitCodes.RECORD_ERRORS;
    }
    CodeExplanation e = found.get();
    if (output.printedAsJson(out, root.services().codec(), e)) {
      return ExitCodes.OK;
    }
    out.println(e.code() + "  " + e.label());
    if (!"ACTIVE".equals(e.status())) {
      out.println("  status:     " + e.status());
      if (e.effectiveFrom() != null || e.effectiveThrough() != null) {
        out.println("  in effect:  " + InEffectWords.of(e.effectiveFrom(), e.effectiveThrough()));
      }
      out.println("  authority:  " + e.authority());
      return ExitCodes.OK;
    }
    out.println("  family:     " + e.family() + " (" + String.join(", ", e.guidance()) + ")");
    out.println("  region:     " + e.region());
    out.println("  add-on to:  " + (e.addOnTo().isEmpty() ? "- (primary code)" : String.join(" or ", e.addOnTo())));
    if (!e.addOns().isEmpty()) {
      out.println("  add-ons:    " + String.join(", ", e.addOns()));
    }
    out.println("  units:      " + e.units());
    out.println("  bilateral:  " + e.bilateral());
    if (e.feeScheduleBilateral() != null) {
      out.println("  MPFS:       bilateral indicator " + e.feeScheduleBilateral());
    }
    out.println("  in effect:  " + InEffectWords.of(e.effectiveFrom(), e.effectiveThrough())
        + (e.datesAuthority() == null ? "" : " (" + e.datesAuthority() + ")"));
    if (!e.imagingIncluded().isEmpty()) {
      out.println("  includes:   " + String.join(", ", e.imagingIncluded()) + " (never billed with it)");
    }
    out.println("  authority:  " + e.authority());
    if (!e.policies().isEmpty()) {
      out.println("  policies:");
      for (PolicyView policy : e.policies()) {
        out.println("    " + policy.payer() + " " + policy.kind() + (policy.rule() == null ? "" : " (" + policy.rule() + ")")
            + " from " + policy.effectiveFrom() + (policy.effectiveUntil() == null ? "" : " until " + policy.effectiveUntil())
            + (policy.lcd() == null ? "" : ", each contractor's " + policy.lcd().toLowerCase(java.util.Locale.ROOT)
                + " LCD from its own date")
            + (policy.states() == null ? "" : " in " + String.join(", ", policy.states())));
        out.println("      " + policy.detail());
        out.println("      source: " + policy.authority());
      }
    }
    if (!e.contractors().isEmpty()) {
      out.println("  contractors (Medicare LCD / billing article, from; CONFIRMED unless marked):");
      for (ContractorView contractor : e.contractors()) {
        out.println("    " + String.format("%-4s %-8s %s %s / %s from %s", contractor.jurisdiction(),
            contractor.lcdSet().toLowerCase(java.util.Locale.ROOT), contractor.contractor(), contractor.lcd(),
            contractor.article(), contractor.effectiveFrom())
            + (contractor.effectiveUntil() == null ? "" : " until " + contractor.effectiveUntil())
            + ("CONFIRMED".equals(contractor.confidence()) ? ""
                : " [" + contractor.confidence().toLowerCase(java.util.Locale.ROOT) + ": " + contractor.note() + "]"));
      }
    }
    return ExitCodes.OK;
  }
}
