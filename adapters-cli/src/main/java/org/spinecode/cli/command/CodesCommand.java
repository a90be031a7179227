package org.spinecode.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.encounter.ProcedureFamily;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.host.InstalledPlugin;
import org.spinecode.rest.wire.CodeExplanation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The catalogue of codes the installed plugins provide. */
@Command(name = "codes", mixinStandardHelpOptions = true,
    description = "Lists the codes the installed families provide, with our own descriptions.")
final class CodesCommand implements Callable<Integer> {
  @ParentCommand
  SpineCodeCommand root;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--family", paramLabel = "FAMILY", description = "Only this family, such as FACET.")
  String family;

  @Option(names = "--output", paramLabel = "OUTPUT", description = "${COMPLETION-CANDIDATES} (default: table).")
  ListingFormat output = ListingFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    CodeCatalogue catalogue = root.services().installation().catalogue();
    ProcedureFamily only = family == null ? null : canonical(ProcedureFamily.of(family));
    List<CodeDefinition> codes = new ArrayList<>();
    for (CodeDefinition code : catalogue.codes()) {
      if (only == null || code.family().equals(only)) {
        codes.add(code);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (codes.isEmpty()) {
      spec.commandLine().getErr().println("spinecode codes: no installed family is called " + family);
      return ExitCodes.RECORD_ERRORS;
    }
    if (output == ListingFormat.JSON) {
      List<CodeExplanation> views = codes.stream()
          .map(code -> CodeExplanation.of(code, catalogue, root.services().installation().editTables(),
              root.services().installation().data().contractors())).toList();
      output.printedAsJson(out, root.services().codec(), views);
      return ExitCodes.OK;
    }
    String row = "%-6s  %-15s  %-17s  %-12s  %-23s  %-5s  %s";
    out.println(String.format(row, "CODE", "FAMILY", "REGION", "ADD-ON TO", "IN EFFECT", "BILAT", "DESCRIPTION"));
    for (CodeDefinition code : codes) {
      String indicator = root.services().installation().editTables().bilateralIndicator(code.code())
          .map(String::valueOf).orElse("-");
      out.println(String.format(row, code.code(), code.family(), code.region(),
          code.addOnTo().isEmpty() ? "-" : String.join(",", code.addOnTo()),
          InEffectWords.of(code.dates().from().map(Object::toString).orElse(null),
              code.dates().lastDay().map(Object::toString).orElse(null)), indicator, code.label()));
    }
    return ExitCodes.OK;
  }

  // The other names a family is known by in encounters (MBB for FACET) name it here too.
  private ProcedureFamily canonical(ProcedureFamily name) {
    for (InstalledPlugin installed : root.services().registry().plugins()) {
      for (FamilyClaim claim : installed.descriptor().claims()) {
        if (claim.aliases().contains(name)) {
          return claim.family();
        }
      }
    }
    return name;
  }
}
