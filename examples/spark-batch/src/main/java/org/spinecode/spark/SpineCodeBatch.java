package org.spinecode.spark;

import java.io.PrintStream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.spinecode.plugin.host.PluginLoadException;
import org.spinecode.plugin.data.DataLoadException;

/**
 * Codes encounters on Spark: {@code spark-submit --class org.spinecode.spark.SpineCodeBatch
 * spinecode-spark.jar INPUT OUTPUT}, or with {@code --check} checks claims' billed lines as
 * {@code spinecode check} does. Exit codes follow the CLI's where they mean the same: 0 the
 * run finished (when coding, refused records are rows in the output, not failures); with
 * {@code --check}, 1 when some claim differs or was refused, as {@code spinecode check}; 2 usage
 * error (also a missing input or an existing output folder); 3 a plugin or the reference data
 * could not be loaded.
 */
public final class SpineCodeBatch {
  private SpineCodeBatch() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(BatchOptions.USAGE);
      return 0;
    }
    BatchOptions options;
    try {
      options = BatchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("SpineCodeBatch: " + e.getMessage());
      err.println(BatchOptions.USAGE);
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("SpineCode batch");
    if (options.master() != null) {
      builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    try {
      long start = System.nanoTime();
      Summary summary = BatchJob.run(spark, options);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.print(summary.render());
      out.printf("coded in %.1f s: %.0f records/s%n", seconds, summary.records() / seconds);
      return exitCode(summary);
    } catch (PluginLoadException e) {
      err.println("SpineCodeBatch: " + e.getMessage());
      return 3;
    } catch (DataLoadException e) {
      err.println("SpineCodeBatch: cannot load reference data: " + e.getMessage());
      return 3;
    } catch (Exception e) {
      // A missing input or an existing output folder: the paths are wrong, not the data. Spark's
      // AnalysisException is a checked exception to javac, hence the test instead of its own catch.
      if (e instanceof AnalysisException) {
        err.println("SpineCodeBatch: " + e.getMessage());
        return 2;
      }
      throw e;
    } finally {
      spark.stop();
    }
  }

  /**
   * 0 when the run finished; with {@code --check}, 1 when some claim differs or was refused, as
   * {@code spinecode check} exits, so a pipeline can stop on a claim that needs a person.
   */
  static int exitCode(Summary summary) {
    return summary.check() && (summary.differing() > 0 || summary.refused() > 0) ? 1 : 0;
  }
}
