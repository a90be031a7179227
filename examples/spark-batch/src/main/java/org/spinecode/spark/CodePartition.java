package org.spinecode.spark;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.spinecode.rest.wire.ResultJson;
import scala.Tuple2;

/**
 * Codes one partition: (record JSON, 0-based position) in, result JSON out, lazily, so a partition
 * of any size streams through without being held in memory.
 */
final class CodePartition implements FlatMapFunction<Iterator<Tuple2<String, Long>>, String> {
  private static final long serialVersionUID = 1L;

  private final String pluginsDir;
  private final Tally tally;

  CodePartition(String pluginsDir, Tally tally) {
    this.pluginsDir = pluginsDir;
    this.tally = tally;
  }

  @Override
  public Iterator<String> call(Iterator<Tuple2<String, Long>> records) {
    RecordCoder coder = Engines.coder(pluginsDir);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public String next() {
        Tuple2<String, Long> record = records.next();
        ResultJson result = coder.code(record._1().getBytes(StandardCharsets.UTF_8), record._2() + 1);
        tally.add(result);
        return coder.write(result);
      }
    };
  }

  /** Blank as the CLI sees it: only spaces, tabs and carriage returns; such lines get no result. */
  static boolean blank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
