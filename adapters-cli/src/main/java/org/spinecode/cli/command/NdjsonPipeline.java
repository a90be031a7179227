package org.spinecode.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.spinecode.rest.wire.NdjsonLines;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.ResultStream;
import org.spinecode.rest.wire.WireCodec;

/**
 * NDJSON in, NDJSON out, on as many coding threads as asked ({@code --threads}). The reading thread
 * only cuts the input into batches of lines and writes finished batches back in input order;
 * workers parse, code and write UTF-8 JSON. At most two batches per worker are in flight and no
 * line is held beyond the line limit, so memory stays bounded whatever the input.
 *
 * <p>Workers code with the engine calling family plugins directly: a hand-off per family call
 * would cost a third more CPU on every record. A batch that is not done within the plugin timeout
 * is coded again by the guarded engine, whose family calls are timed, so a hung plugin costs only
 * its own procedures; the stuck worker is abandoned (threads are daemons), and batches that wait
 * behind it past the timeout are coded again the same way.
 */
final class NdjsonPipeline {
  private static final int BATCH_BYTES = 1 << 18;
  private static final int BATCH_LINES = 2048;

  private final InputStream in;
  private final OutputStream out;
  private final ThreadLocal<Renderer> renderers;
  private final RecordCoder records;
  private final RecordCoder guarded;
  private final Duration patience;
  private final Progress progress;
  private final int workers;
  private final int maxLineBytes;
  private final Predicate<ResultJson> failing;
  /** The lines of the batch being read; kept across a failed read, so none is lost. */
  private List<NdjsonLines.Line> pending = new ArrayList<>();
  private long pendingBytes;

  /**
   * @param records codes with plugins called directly
   * @param guarded codes with timed plugin calls, for a batch not done within {@code patience}
   * @param failing sees every result once, on a worker thread, and says whether it fails the run
   */
  NdjsonPipeline(InputStream in, OutputStream out, WireCodec codec, RecordCoder records, RecordCoder guarded,
      Duration patience, Progress progress, int workers, int maxLineBytes, Predicate<ResultJson> failing) {
    this.failing = failing;
    this.in = in;
    this.out = out;
    this.renderers = ThreadLocal.withInitial(() -> new Renderer(codec));
    this.records = records;
    this.guarded = guarded;
    this.patience = patience;
    this.progress = progress;
    this.workers = workers;
    this.maxLineBytes = maxLineBytes;
  }

  /** Codes every line; returns true when some record was refused or had an ERROR finding. */
  boolean run() throws IOException {
    // One coding thread until the JIT has caught up, then as many as asked; batches read ahead wait
    // in the queue, at most two per thread.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        runnable -> {
          Thread thread = new Thread(runnable, "spinecode-coder");
          thread.setDaemon(true);
          return thread;
        });
    BlockingQueue<InFlight> inFlight = new ArrayBlockingQueue<>(workers * 2);
    JitWarmth warmth = workers > 1 ? new JitWarmth() : null;
    boolean errors = false;
    boolean any = false;
    try {
      NdjsonLines lines = new NdjsonLines(in, maxLineBytes);
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        while (more && inFlight.remainingCapacity() > 0) {
          List<NdjsonLines.Line> batch;
          try {
            batch = nextBatch(lines);
          } catch (OutOfMemoryError e) {
            // A record being coded holds the heap. Write what is done, which frees memory, then read on;
            // the lines read so far wait in the pending batch.
            if (inFlight.isEmpty()) {
              throw e;
            }
            break;
          }
          if (batch.isEmpty()) {
            more = false;
            break;
          }
          any = true;
          inFlight.add(new InFlight(batch, CompletableFuture.supplyAsync(() -> code(batch, records), pool)));
        }
        InFlight next = inFlight.poll();
        if (next != null) {
          Batch batch = next.result();
          batch.json.writeTo(out);
          errors |= batch.errors;
          progress.tick(batch.count);
          if (warmth != null && warmth.warm()) {
            pool.setMaximumPoolSize(workers);
            pool.setCorePoolSize(workers);
            warmth = null;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    if (!any) {
      throw new InputProblem("the input holds no line; " + InputProblem.EXPECTED);
    }
    return errors;
  }

  private List<NdjsonLines.Line> nextBatch(NdjsonLines lines) throws IOException {
    while (pendingBytes < BATCH_BYTES && pending.size() < BATCH_LINES) {
      NdjsonLines.Line line = lines.next();
      if (line == null) {
        break;
      }
      pending.add(line);
      pendingBytes += line.length();
    }
    List<NdjsonLines.Line> batch = pending;
    pending = new ArrayList<>();
    pendingBytes = 0;
    return batch;
  }

  /** A batch being coded, and its lines in case it must be coded again. */
  private final class InFlight {
    final List<NdjsonLines.Line> lines;
    final CompletableFuture<Batch> coding;

    InFlight(List<NdjsonLines.Line> lines, CompletableFuture<Batch> coding) {
      this.lines = lines;
      this.coding = coding;
    }

    Batch result() throws InterruptedException, ExecutionException {
      try {
        return coding.get(patience.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        coding.cancel(true);
        return code(lines, guarded);
      }
    }
  }

  private Batch code(List<NdjsonLines.Line> lines, RecordCoder records) {
    Renderer renderer = renderers.get();
    Renderer.Bytes json = renderer.start(lines.size() * 1280);
    boolean errors = false;
    try {
      for (NdjsonLines.Line line : lines) {
        ResultJson result = NdjsonEncounters.code(line, records, maxLineBytes);
        int mark = json.size();
        try {
          renderer.results.write(result);
          renderer.results.flush();
        } catch (OutOfMemoryError e) {
          // An answer too large for the heap (tens of thousands of differences): its bytes go, its error line stays.
          json.truncate(mark);
          renderer.restart();
          result = records.outOfMemory(result.id(), e, line.number());
          renderer.results.write(result);
          renderer.results.flush();
        }
        errors |= failing.test(result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Batch(json, errors, lines.size());
  }

  /** One worker's writer; the bytes of each batch go to a buffer of their own. */
  private static final class Renderer extends OutputStream {
    private final WireCodec codec;
    ResultStream results;
    private Bytes batch;

    Renderer(WireCodec codec) {
      this.codec = codec;
      restart();
    }

    /** A new writer, after one was left in the middle of a result. */
    void restart() {
      try {
        results = codec.ndjson(this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Bytes start(int size) {
      batch = new Bytes(size);
      return batch;
    }

    @Override
    public void write(int b) {
      batch.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      batch.write(bytes, offset, length);
    }

    /** A batch's bytes; the bytes of a result that could not be finished are cut off. */
    static final class Bytes extends ByteArrayOutputStream {
      Bytes(int size) {
        super(size);
      }

      void truncate(int size) {
        count = Math.min(count, size);
      }
    }
  }

  private record Batch(Renderer.Bytes json, boolean errors, int count) {}
}
