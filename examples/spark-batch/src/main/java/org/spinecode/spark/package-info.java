/**
 * SpineCode on Apache Spark: a batch job that codes encounters from NDJSON or Parquet, one engine
 * per executor JVM, one result per input record. It reaches the library through three things only:
 * plugin discovery (to build the engine), the {@code EncounterCoder} port, and the wire codec.
 */
package org.spinecode.spark;
