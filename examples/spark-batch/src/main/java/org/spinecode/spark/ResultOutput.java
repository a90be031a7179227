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
  private static final String FINDING =
      "STRUCT<rule: STRING, severity: STRING, message: STRING, codes: ARRAY<STRING>, source: STRING>";
  private static final String LINE = "STRUCT<code: STRING, modifiers: ARRAY<STRING>, units: INT, label: STRING,"
      + " levels: ARRAY<STRING>, diagnosisPointers: ARRAY<INT>>";
  private static final String CLAIM_LINE = "STRUCT<code: STRING, modifiers: ARRAY<STRING>, units: INT>";

  /** The contract's coding result as Parquet columns. */
  static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "id STRING",
      "dataVersion STRING",
      "lines ARRAY<" + LINE + ">",
      "findings ARRAY<" + FINDING + ">",
      "error STRUCT<code: STRING, message: STRING, field: STRING, line: BIGINT>"));

  /** A check mode result as Parquet columns: the coding result with {@code check} before {@code error}, as in the JSON. */
  static final StructType CHECK_SCHEMA = StructType.fromDDL(String.join(", ",
      "id STRING",
      "dataVersion STRING",
      "lines ARRAY<" + LINE + ">",
      "findings ARRAY<" + FINDING + ">",
      "check STRUCT<verdict: STRING, differences: ARRAY<STRUCT<kind: STRING, code: STRING, billed: " + CLAIM_LINE
          + ", expected: " + CLAIM_LINE + ", message: STRING, source: STRING>>, findings: ARRAY<" + FINDING + ">>",
      "error STRUCT<code: STRING, message: STRING, field: STRING, line: BIGINT>"));

  private ResultOutput() {}

  static void write(SparkSession spark, JavaRDD<String> results, String path, BatchOptions.Format format,
      boolean check) {
    Dataset<String> json = spark.createDataset(results.rdd(), Encoders.STRING());
    switch (format) {
      case NDJSON -> json.write().text(path);
      case PARQUET -> json.select(from_json(col("value"), check ? CHECK_SCHEMA : SCHEMA).as("result")).select("result.*")
          .write().parquet(path);
    }
  }
}
