package org.spinecode.spark;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import scala.Tuple2;

/**
 * Codes (or, in check mode, checks) one partition: (record as UTF-8 JSON, 0-based position) in,
 * result JSON out, lazily, so a partition of any size streams through without being held in memory.
 */
final class CodePartition implements FlatMapFunction<Iterator<Tuple2<byte[], Long>>, String> {
  private static final long serialVersionUID = 1L;

  private final Engines.Folders folders;
  private final boolean check;
  private final int maxLineBytes;
  private final Tally tally;
  private final int threads;

  CodePartition(Engines.Folders folders, boolean check, int maxLineBytes, Tally tally, int threads) {
    this.folders = folders;
    this.check = check;
    this.maxLineBytes = maxLineBytes;
    this.tally = tally;
    this.threads = threads;
  }

  @Override
  public Iterator<String> call(Iterator<Tuple2<byte[], Long>> records) {
    ExecutorCoder coder = Engines.coder(folders);
    RecordCoder coding = coder.records(check);
    Function<Tuple2<byte[], Long>, Coded> code = record -> {
      NdjsonLines.Line line = NdjsonLines.Line.of(record._2() + 1, record._1());
      ResultJson result = line.length() > maxLineBytes ? coding.tooLong(maxLineBytes, line.number()) : coding.code(line);
      return new Coded(result, coder.codec().write(result));
    };
    Iterator<Coded> coded = threads > 1 ? new OrderedCoding<>(records, code, threads) : new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Coded next() {
        return code.apply(records.next());
      }
    };
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return coded.hasNext();
      }

      // Counted on the task's own thread, in input order.
      @Override
      public String next() {
        Coded next = coded.next();
        tally.add(next.result());
        return next.json();
      }
    };
  }

  private record Coded(ResultJson result, String json) {}

  /** Blank as the CLI sees it: only spaces, tabs and carriage returns; such lines get no result. */
  static boolean blank(byte[] line) {
    return NdjsonLines.Line.of(0, line).blank();
  }
}
