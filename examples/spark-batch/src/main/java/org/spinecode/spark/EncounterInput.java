package org.spinecode.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the input as one JSON text per record, as UTF-8 bytes. NDJSON is cut on {@code \n} only and
 * its bytes are not decoded here, exactly as the CLI reads it: a carriage return inside a record is
 * JSON whitespace, not a line end, {@code \r\r\n} ends one line, and bytes that are not UTF-8 reach
 * the codec, which refuses the record, rather than being replaced and coded (Spark's text source
 * splits on {@code \r} too and decodes leniently). Parquet rows become the contract's JSON on
 * Spark's side ({@code to_json}), so both formats go through the same codec and the same
 * validation, and a Parquet column of the wrong type is reported like a wrong JSON value.
 */
final class EncounterInput {
  private EncounterInput() {}

  static JavaRDD<byte[]> read(SparkSession spark, String path, BatchOptions.Format format) {
    return switch (format) {
      case NDJSON -> lines(spark, path);
      case PARQUET -> spark.read().parquet(path).select(to_json(struct(col("*")))).as(Encoders.STRING()).javaRDD()
          .map(json -> json.getBytes(StandardCharsets.UTF_8));
    };
  }

  private static JavaRDD<byte[]> lines(SparkSession spark, String path) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    // Hadoop reuses its Text object from record to record: each record's bytes are copied out.
    return JavaSparkContext.fromSparkContext(spark.sparkContext())
        .newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf)
        .map(record -> record._2().copyBytes());
  }
}
