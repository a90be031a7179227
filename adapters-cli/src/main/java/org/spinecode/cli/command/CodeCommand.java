package org.spinecode.cli.command;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;
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
        "  spinecode code examples/bilateral-facet.json",
        "  spinecode code --format ndjson < encounters.ndjson > results.ndjson",
        "  spinecode code visits.csv --output csv"})
final class CodeCommand implements Callable<Integer> {

  enum Format { JSON, NDJSON, CSV }

  enum Output { TABLE, JSON, NDJSON, CSV }

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
      description = "Output: ${COMPLETION-CANDIDATES}. Default: table on a terminal, else like the input (NDJSON in, NDJSON out).")
  Output output;

  @Override
  public Integer call() throws IOException {
    InputStream in = open();
    if (in == null) {
      return ExitCodes.USAGE;
    }
    Services services = root.services();
    WireCodec codec = services.codec();
    EncounterCoder coder = services.coder();
    PushbackInputStream input = new PushbackInputStream(in, 1 << 16);
    Format inputFormat = format != null ? format : guessFormat(input);
    Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
    if (inputFormat == Format.NDJSON && (output == Output.NDJSON || output == null && !root.terminal().out())) {
      spec.commandLine().getOut().flush();
      Progress progress = new Progress(spec.commandLine().getErr(), root.terminal().err());
      boolean errors = new NdjsonPipeline(input, root.stdout(), codec, record -> code(record, codec, coder),
          progress, Runtime.getRuntime().availableProcessors()).run();
      progress.done();
      return errors ? ExitCodes.RECORD_ERRORS : ExitCodes.OK;
    }
    boolean errors = false;
    try (EncounterReader reader = reader(inputFormat, input, codec)) {
      InputRecord first = reader.next();
      ResultSink sink = sink(inputFormat, reader, out, codec);
      Progress progress = new Progress(spec.commandLine().getErr(), root.terminal().err());
      for (InputRecord record = first; record != null; record = reader.next()) {
        ResultJson result = code(record, codec, coder);
        errors |= result.hasErrors();
        sink.accept(result);
        progress.tick();
      }
      sink.finish();
      progress.done();
    }
    return errors ? ExitCodes.RECORD_ERRORS : ExitCodes.OK;
  }

  private ResultJson code(InputRecord record, WireCodec codec, EncounterCoder coder) {
    if (record.problem() != null) {
      return WireCodec.error(null, record.problem(), record.line());
    }
    EncounterJson encounter = record.encounter();
    try {
      return codec.toWire(coder.code(codec.toDomain(encounter)));
    } catch (InvalidInputException e) {
      return WireCodec.error(WireCodec.echoId(encounter), e, record.line());
    } catch (RuntimeException e) {
      // A failing plugin must not cost the other records; the stack trace is for --debug.
      if (root.debug()) {
        e.printStackTrace(spec.commandLine().getErr());
      }
      return ResultJson.failed(WireCodec.echoId(encounter), new ResultJson.ErrorJson("CODING_FAILED",
          "the encounter could not be coded: " + e.getClass().getSimpleName() + " (rerun with --debug)", null,
          record.line()));
    }
  }

  private InputStream open() throws IOException {
    if (file == null || file.equals("-")) {
      return root.stdin();
    }
    try {
      return Files.newInputStream(Path.of(file));
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("spinecode code: no such file: " + file);
      return null;
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
    if (text.isEmpty() || text.charAt(0) == '[') {
      return Format.JSON;
    }
    if (text.charAt(0) != '{') {
      return Format.CSV;
    }
    // One complete object on the first line means one encounter per line.
    int newline = text.indexOf('\n');
    String firstLine = newline < 0 ? text : text.substring(0, newline);
    try {
      root.services().codec().mapper().readTree(firstLine);
      return Format.NDJSON;
    } catch (IOException e) {
      return Format.JSON;
    }
  }

  private static EncounterReader reader(Format format, InputStream in, WireCodec codec) throws IOException {
    BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    return switch (format) {
      case NDJSON -> new NdjsonEncounters(text, codec);
      case CSV -> new CsvEncounters(text);
      case JSON -> new JsonEncounters(text, codec);
    };
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
      case TABLE -> new TableResults(out);
      case NDJSON -> JsonResults.ndjson(out, codec);
      case CSV -> new CsvResults(out);
      case JSON -> array || inputFormat != Format.JSON ? JsonResults.array(out, codec) : JsonResults.pretty(out, codec);
    };
  }
}
