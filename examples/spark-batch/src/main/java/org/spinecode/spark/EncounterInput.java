package org.spinecode.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the input as one JSON text per record. Parquet rows become the contract's JSON on Spark's
 * side ({@code to_json}), so both formats go through the same codec and the same validation, and
 * a Parquet column of the wrong type is reported like a wrong JSON value.
 */
final class EncounterInput {
  private EncounterInput() {}

  static JavaRDD<String> read(SparkSession spark, String path, BatchOptions.Format format) {
    return switch (format) {
      case NDJSON -> spark.read().text(path).as(Encoders.STRING()).javaRDD();
      case PARQUET -> spark.read().parquet(path).select(to_json(struct(col("*")))).as(Encoders.STRING()).javaRDD();
    };
  }
}
