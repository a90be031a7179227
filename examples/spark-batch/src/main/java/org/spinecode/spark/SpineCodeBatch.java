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
 * run finished (refused records are rows in the output, not failures), 2 usage error (also a
 * missing input or an existing output folder), 3 a plugin or the reference data could not be
 * loaded.
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
      return 0;
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
}
