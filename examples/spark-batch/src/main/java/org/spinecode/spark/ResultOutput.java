package org.spinecode.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the results. NDJSON lines are the codec's own bytes, exactly what the CLI writes; Parquet
 * columns are those lines read back by Spark against the contract's result schema.
 */
final class ResultOutput {
  /** The contract's coding result as Parquet columns. */
  static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "id STRING",
      "dataVersion STRING",
      "lines ARRAY<STRUCT<code: STRING, modifiers: ARRAY<STRING>, units: INT, label: STRING, levels: ARRAY<STRING>>>",
      "findings ARRAY<STRUCT<rule: STRING, severity: STRING, message: STRING, codes: ARRAY<STRING>, source: STRING>>",
      "error STRUCT<code: STRING, message: STRING, field: STRING, line: BIGINT>"));

  private ResultOutput() {}

  static void write(SparkSession spark, JavaRDD<String> results, String path, BatchOptions.Format format) {
    Dataset<String> json = spark.createDataset(results.rdd(), Encoders.STRING());
    switch (format) {
      case NDJSON -> json.write().text(path);
      case PARQUET -> json.select(from_json(col("value"), SCHEMA).as("result")).select("result.*")
          .write().parquet(path);
    }
  }
}
