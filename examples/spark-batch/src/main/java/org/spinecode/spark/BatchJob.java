package org.spinecode.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaRDD;
import org.spinecode.plugin.host.PluginRegistry;
import org.apache.spark.sql.SparkSession;

/**
 * The job: read, number, code (or check) each partition with its JVM's engine, write. Records are numbered
 * before coding (one extra, cheap pass to count each partition's lines) so that an error row names
 * the input line, as the CLI's does, even for a record too broken to carry an id.
 */
final class BatchJob {
  private BatchJob() {}

  static Summary run(SparkSession spark, BatchOptions options) {
    // Fails on the driver, naming the jar or the file and line, before any executor starts on a
    // broken plugin or data folder; a folder the driver cannot see is left to the executors.
    PluginRegistry registry = Engines.registry(visible(options.pluginsDir()) ? options.pluginsDir() : null);
    if (options.dataDir() != null && visible(options.dataDir())) {
      Engines.installation(registry, options.dataDir());
    }
    Tally tally = new Tally(options.check());
    spark.sparkContext().register(tally, "spinecode results");
    JavaRDD<String> results = EncounterInput.read(spark, options.input(), options.inputFormat())
        .zipWithIndex()
        .filter(record -> !CodePartition.blank(record._1()))
        .mapPartitions(new CodePartition(new Engines.Folders(options.pluginsDir(), options.dataDir()), options.check(),
            options.maxLineBytes(), tally, options.threads()));
    ResultOutput.write(spark, results, options.output(), options.outputFormat(), options.check());
    return tally.value();
  }

  private static boolean visible(String folder) {
    return folder == null || Files.isDirectory(Path.of(folder));
  }
}
