package org.spinecode.cli.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Checks claims someone already coded: the same inputs, formats and streaming as {@code code},
 * each encounter carrying its {@code billed} lines, each answered with its check.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Checks billed lines against the lines SpineCode codes for the same encounter (CONTRACT.md check mode).",
        "Input: encounters with a 'billed' array, as one JSON object, a JSON array, NDJSON, or CSV with a 'billed'"
            + " column (64493-50-KX x1; 64494-50-KX x1).",
        "Each result carries 'check': the verdict (MATCH/DIFFERS), the differences with why and the authority,"
            + " and the claim edits' findings on the billed lines.",
        "Exit 0: every claim matches; 1: some differ or were refused; 2: usage."},
    footer = {"", "Examples:",
        "  spinecode check examples/claims/nerves-as-levels.json",
        "  spinecode check --format ndjson < claims.ndjson > checked.ndjson",
        "  spinecode check examples/claims/day.csv --report audit.html"})
final class CheckCommand extends CodeCommand {

  @Option(names = "--report", paramLabel = "FILE.html",
      description = "Also write a batch audit report: the input, run date, reference data and counts; the match rate;"
          + " claims by kind and code of difference and by rule; the patterns in the most claims first, with their claim ids.")
  Path report;

  private AuditTally tally;
  private Writer reportOut;

  // Opened before anything is coded, so a path that cannot be written fails at once, not after the work.
  @Override
  RecordCoder records(Services services, WireCodec codec) {
    if (report != null) {
      reportOut = openReport();
      tally = new AuditTally();
    }
    return RecordCoder.checking(services.checker(), codec, new WireMapping(), this::failed);
  }

  @Override
  boolean failing(ResultJson result) {
    if (tally != null) {
      tally.add(result);
    }
    return result.error() != null || result.differs();
  }

  @Override
  boolean finished(boolean failing) throws IOException {
    if (tally != null) {
      try (Writer html = reportOut) {
        new AuditReport(tally, file == null || file.equals("-") ? "standard input" : file, LocalDate.now()).write(html);
      }
      spec.commandLine().getErr().println("audit report: " + report);
    }
    return failing;
  }

  private Writer openReport() {
    String name = "--report " + report;
    try {
      if (file != null && !file.equals("-") && Files.exists(report) && Files.isSameFile(Path.of(file), report)) {
        throw new InputProblem(name + " is the input file; name another file for the report");
      }
      return new BufferedWriter(new OutputStreamWriter(
          OutputFailure.guarded(Files.newOutputStream(report), report.toString()), StandardCharsets.UTF_8), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new InputProblem("cannot write " + name + ": its folder does not exist");
    } catch (AccessDeniedException e) {
      throw new InputProblem("cannot write " + name + ": permission denied");
    } catch (FileSystemException e) {
      throw new InputProblem("cannot write " + name + ": " + (e.getReason() == null ? "not writable" : e.getReason()));
    } catch (IOException | InvalidPathException e) {
      throw new InputProblem("cannot write " + name + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  @Override
  ResultSink table(Writer out) {
    return new CheckTable(out, root.terminal().out());
  }

  @Override
  ResultSink csv(Writer out) throws IOException {
    return new CheckCsv(out);
  }
}
