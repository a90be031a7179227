package org.spinecode.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/**
 * The job: read, number, code each partition with its JVM's engine, write. Records are numbered
 * before coding (one extra, cheap pass to count each partition's lines) so that an error row names
 * the input line, as the CLI's does, even for a record too broken to carry an id.
 */
final class BatchJob {
  private BatchJob() {}

  static Summary run(SparkSession spark, BatchOptions options) {
    // Fails on the driver, naming the jar, before any executor starts on a broken plugin folder.
    if (options.pluginsDir() == null || Files.isDirectory(Path.of(options.pluginsDir()))) {
      Engines.registry(options.pluginsDir());
    }
    Tally tally = new Tally();
    spark.sparkContext().register(tally, "spinecode results");
    JavaRDD<String> results = EncounterInput.read(spark, options.input(), options.inputFormat())
        .zipWithIndex()
        .filter(record -> !CodePartition.blank(record._1()))
        .mapPartitions(new CodePartition(options.pluginsDir(), tally));
    ResultOutput.write(spark, results, options.output(), options.outputFormat());
    return tally.value();
  }
}
