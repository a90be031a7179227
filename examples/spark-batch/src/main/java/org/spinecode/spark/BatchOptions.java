package org.spinecode.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinecode.rest.wire.NdjsonLines;

/**
 * The job's command line: input and output paths, their formats, where plugins and data live, and
 * whether the records are claims to check ({@code --check}) rather than encounters to code.
 */
record BatchOptions(
    String input,
    String output,
    Format inputFormat,
    Format outputFormat,
    String pluginsDir,
    String dataDir,
    String master,
    boolean check,
    int maxLineBytes,
    int threads) {

  /** File formats the job reads and writes. */
  enum Format { NDJSON, PARQUET }

  static final String USAGE = String.join("\n",
      "usage: SpineCodeBatch [options] INPUT OUTPUT",
      "  INPUT                   encounters: NDJSON (one per line) or Parquet with the same columns",
      "  OUTPUT                  results folder (must not exist): one result per input record",
      "  --input-format FORMAT   ndjson | parquet (default: parquet when INPUT ends in .parquet, else ndjson)",
      "  --output-format FORMAT  ndjson | parquet (default: ndjson)",
      "  --check                 check mode: each record carries its 'billed' lines and is answered with its check;",
      "                          the run exits 1 when some claim differs or was refused, as spinecode check does",
      "  --max-line SIZE         longest NDJSON line coded, in bytes or with a KiB/MiB suffix (default 4MiB, as the",
      "                          CLI's); a longer line becomes an error row of its own",
      "  --plugins-dir DIR       folder of drop-in family jars, as seen by every executor",
      "  --data-dir DIR          newer official CMS files (NCCI, MUE, add-on codes, RVUs), as seen by every executor",
      "  --threads N             coding threads per task (default 1: Spark runs one task per core already;",
      "                          give tasks more cores with spark.task.cpus, then as many threads)",
      "  --master URL            Spark master when not run through spark-submit (e.g. local[2])",
      "  --help                  this text");

  /** Parses {@code args}; throws {@link IllegalArgumentException} with a usage message on error. */
  static BatchOptions parse(String... args) {
    List<String> positional = new ArrayList<>();
    Format inputFormat = null;
    Format outputFormat = Format.NDJSON;
    String pluginsDir = null;
    String dataDir = null;
    String master = null;
    boolean check = false;
    int maxLineBytes = NdjsonLines.DEFAULT_MAX_LINE_BYTES;
    int threads = 1;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input-format" -> inputFormat = format(value(args, ++i, arg));
        case "--output-format" -> outputFormat = format(value(args, ++i, arg));
        case "--plugins-dir" -> pluginsDir = value(args, ++i, arg);
        case "--data-dir" -> dataDir = value(args, ++i, arg);
        case "--master" -> master = value(args, ++i, arg);
        case "--check" -> check = true;
        case "--max-line" -> maxLineBytes = size(value(args, ++i, arg));
        case "--threads" -> threads = threads(value(args, ++i, arg));
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          positional.add(arg);
        }
      }
    }
    if (positional.size() != 2) {
      throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + positional.size() + " paths");
    }
    String input = positional.get(0);
    if (inputFormat == null) {
      inputFormat = input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? Format.PARQUET : Format.NDJSON;
    }
    return new BatchOptions(input, positional.get(1), inputFormat, outputFormat, pluginsDir, dataDir, master, check,
        maxLineBytes, threads);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int threads(String text) {
    try {
      int threads = Integer.parseInt(text);
      if (threads >= 1) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException("--threads needs a whole number of at least 1, got '" + text + "'");
  }

  /** "1048576", "512KiB", "4MiB", as the CLI's {@code --max-line} reads it; at most 2 GiB less a little. */
  private static int size(String text) {
    String value = text.strip().toUpperCase(Locale.ROOT);
    long unit = value.matches(".*[0-9](MIB|MB|M)") ? 1L << 20 : value.matches(".*[0-9](KIB|KB|K)") ? 1L << 10 : 1;
    String digits = value.replaceAll("[^0-9]+$", "");
    if (!digits.matches("[0-9]{1,10}") || Long.parseLong(digits) < 1
        || Long.parseLong(digits) * unit > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("--max-line '" + text + "' is not a size from 1 byte to 2GiB, such as 4MiB");
    }
    return (int) (Long.parseLong(digits) * unit);
  }

  private static Format format(String text) {
    try {
      return Format.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + text + "': expected ndjson or parquet");
    }
  }
}
