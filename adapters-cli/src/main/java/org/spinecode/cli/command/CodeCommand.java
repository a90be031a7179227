package org.spinecode.cli.command;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.PushbackInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinecode.rest.wire.ByteOrderMark;
import org.spinecode.rest.format.ClaimFormat;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Codes encounters from a file or standard input, streaming: memory does not grow with the input. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
        "Codes encounters (CONTRACT.md JSON) into claim lines and findings.",
        "Input: one JSON encounter, a JSON array, NDJSON (one encounter per line) or CSV (one row per target).",
        "A bad record yields its own error result with the field path and input line; the rest are still coded."},
    footer = {"", "Examples:",
        "  spinecode code examples/encounters/bilateral-facet.json",
        "  spinecode code --format ndjson < examples/encounters/day.ndjson > results.ndjson",
        "  spinecode code examples/encounters/day.csv --output csv",
        "  spinecode code examples/encounters/bilateral-facet.json --output fhir   # FHIR R4 Bundle (Claim + OperationOutcome)",
        "  spinecode code examples/encounters/bilateral-facet.json --output x12    # 837P HI, LX/SV1/DTP segments"})
class CodeCommand implements Callable<Integer> {

  enum Format { JSON, NDJSON, CSV }

  enum Output { TABLE, JSON, NDJSON, CSV, FHIR, X12 }

  @ParentCommand
  SpineCodeCommand root;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Input file; - or nothing reads standard input.")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES}. Default: from the file name (.ndjson/.jsonl, .csv, else json); on standard input, sniffed.")
  Format format;

  @Option(names = "--output", paramLabel = "OUTPUT",
      description = "Output: ${COMPLETION-CANDIDATES}. Default: table on a terminal, else like the input (NDJSON in, NDJSON out)."
          + " fhir: a FHIR R4 Bundle per encounter (one per line for a batch); x12: 837P service-line segments"
          + " (docs/FORMATS.md).")
  Output output;

  @Option(names = "--max-line", paramLabel = "SIZE", defaultValue = "4MiB", converter = ByteSize.class,
      description = "Longest NDJSON line read, in bytes or with a KiB/MiB suffix (default: ${DEFAULT-VALUE}); a longer"
          + " line becomes an error result of its own and the run goes on.")
  long maxLine;

  @Option(names = "--threads", paramLabel = "N",
      description = "Coding threads for NDJSON in and out (default: the available processors, here ${DEFAULT-VALUE});"
          + " reading and writing run on one more. Output stays in input order.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (maxLine > Integer.MAX_VALUE - 16) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-line may be at most 2GiB");
    }
    InputStream in = open();
    Services services = root.services();
    WireCodec codec = services.codec();
    RecordCoder records = output == Output.FHIR || output == Output.X12 ? records(services, codec).withHeaders()
        : records(services, codec);
    PushbackInputStream input = new PushbackInputStream(in, 1 << 16);
    ByteOrderMark.skip(input);
    Format inputFormat = format != null ? format : guessFormat(input);
    Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
    if (inputFormat == Format.NDJSON && (output == Output.NDJSON || output == null && !root.terminal().out())) {
      spec.commandLine().getOut().flush();
      Progress progress = new Progress(spec.commandLine().getErr(), root.terminal().err());
      boolean errors = new NdjsonPipeline(input, root.stdout(), codec, records.withCoder(services.directCoder()),
          records, root.pluginTimeout, progress, threads, (int) maxLine,
          this::failing).run();
      progress.done();
      return finished(errors) ? ExitCodes.RECORD_ERRORS : ExitCodes.OK;
    }
    boolean errors = false;
    try (EncounterReader reader = reader(inputFormat, input, codec, records)) {
      ResultJson first = reader.next();
      if (first == null) {
        throw new InputProblem("the input holds no encounter; " + InputProblem.EXPECTED);
      }
      ResultSink sink = sink(inputFormat, reader, out, codec);
      Progress progress = new Progress(spec.commandLine().getErr(), root.terminal().err());
      for (ResultJson result = first; result != null; result = reader.next()) {
        errors |= failing(result);
        sink.accept(result);
        progress.tick();
      }
      sink.finish();
      errors |= sink.refusedAny();
      progress.done();
    }
    return finished(errors) ? ExitCodes.RECORD_ERRORS : ExitCodes.OK;
  }

  /** How each record is answered: coded here, checked in {@code check}. */
  RecordCoder records(Services services, WireCodec codec) {
    return new RecordCoder(services.coder(), codec, new WireMapping(), this::failed);
  }

  /** Sees every result once, from any thread; true when it makes the run exit with 1. */
  boolean failing(ResultJson result) {
    return result.hasErrors();
  }

  /** After the last result; returns whether the run exits with 1. */
  boolean finished(boolean failing) throws IOException {
    return failing;
  }

  ResultSink table(Writer out) {
    return new TableResults(out);
  }

  ResultSink csv(Writer out) throws IOException {
    return new CsvResults(out);
  }

  // A failure the engine did not turn into a finding: its type on standard error, never its message.
  void failed(Throwable failure, Long line) {
    PrintWriter err = spec.commandLine().getErr();
    synchronized (err) {
      err.println("spinecode " + spec.name() + ": " + (line == null ? "a record" : "the record on line " + line)
          + " could not be coded: " + failure.getClass().getName() + (root.debug() ? "" : " (rerun with --debug)"));
      if (root.debug()) {
        failure.printStackTrace(err);
      }
      err.flush();
    }
  }

  private InputStream open() {
    if (file == null || file.equals("-")) {
      return root.stdin();
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new InputProblem(file + " is a folder; give a file of encounters, or - for standard input");
      }
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputProblem("no such file: " + file);
    } catch (AccessDeniedException e) {
      throw new InputProblem("cannot read " + file + ": permission denied");
    } catch (IOException | InvalidPathException e) {
      throw new InputProblem("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private Format guessFormat(PushbackInputStream in) throws IOException {
    if (file != null && !file.equals("-")) {
      String name = file.toLowerCase(Locale.ROOT);
      if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        return Format.NDJSON;
      }
      return name.endsWith(".csv") ? Format.CSV : Format.JSON;
    }
    byte[] head = new byte[1 << 16];
    int read = in.readNBytes(head, 0, head.length);
    in.unread(head, 0, read);
    String text = new String(head, 0, read, StandardCharsets.UTF_8).stripLeading();
    if (text.isEmpty()) {
      throw new InputProblem("the input is empty; " + InputProblem.EXPECTED);
    }
    if (text.charAt(0) == '[') {
      return Format.JSON;
    }
    if (text.charAt(0) != '{') {
      int end = text.indexOf('\n');
      if (!(end < 0 ? text : text.substring(0, end)).contains(",")) {
        throw new InputProblem("the input is neither JSON nor CSV; " + InputProblem.EXPECTED);
      }
      return Format.CSV;
    }
    // One complete object on the first line means one encounter per line.
    int newline = text.indexOf('\n');
    String firstLine = newline < 0 ? text : text.substring(0, newline);
    return root.services().codec().isOneValue(firstLine) ? Format.NDJSON : Format.JSON;
  }

  private EncounterReader reader(Format format, InputStream in, WireCodec codec, RecordCoder records)
      throws IOException {
    if (format == Format.NDJSON) {
      return new NdjsonEncounters(in, records, (int) maxLine);
    }
    BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    return format == Format.CSV ? new CsvEncounters(text, records) : new JsonEncounters(text, codec, records);
  }

  private ResultSink sink(Format inputFormat, EncounterReader reader, Writer out, WireCodec codec) throws IOException {
    Output chosen = output;
    if (chosen == null) {
      chosen = root.terminal().out() ? Output.TABLE : switch (inputFormat) {
        case NDJSON -> Output.NDJSON;
        case CSV -> Output.CSV;
        case JSON -> Output.JSON;
      };
    }
    boolean array = reader instanceof JsonEncounters json && json.sawArray();
    return switch (chosen) {
      case TABLE -> table(out);
      case NDJSON -> JsonResults.ndjson(out, codec);
      case CSV -> csv(out);
      case JSON -> array || inputFormat != Format.JSON ? JsonResults.array(out, codec) : JsonResults.pretty(out, codec);
      case FHIR -> new ClaimFormatResults(ClaimFormat.FHIR, out, spec.commandLine().getErr(),
          !array && inputFormat == Format.JSON);
      case X12 -> new ClaimFormatResults(ClaimFormat.X12, out, spec.commandLine().getErr(), false);
    };
  }
}
