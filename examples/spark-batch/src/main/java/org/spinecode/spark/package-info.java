/**
 * SpineCode on Apache Spark: a batch job that codes encounters from NDJSON or Parquet (or, with
 * {@code --check}, checks claims' billed lines as {@code spinecode check} does), one engine per
 * executor JVM, one result per input record. It reaches the library through two things only:
 * plugin discovery (to build the engine) and the wire package's {@code RecordCoder} and codec,
 * through which every adapter codes a record, so a record fails here as it fails in the CLI.
 */
package org.spinecode.spark;
