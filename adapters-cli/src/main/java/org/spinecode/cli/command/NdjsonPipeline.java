package org.spinecode.cli.command;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * NDJSON in, NDJSON out, on every core. The reading thread only cuts the input into chunks of
 * whole lines and writes finished chunks back in input order; workers parse, code and write
 * UTF-8 JSON. At most a few chunks are in flight, so memory stays bounded whatever the input size.
 */
final class NdjsonPipeline {
  private static final int CHUNK = 1 << 18;

  private final InputStream in;
  private final OutputStream out;
  private final WireCodec codec;
  private final ObjectWriter writer;
  private final Function<InputRecord, ResultJson> coder;
  private final Progress progress;
  private final int workers;
  private final Predicate<ResultJson> failed;

  /** {@code failed} says which results make the run report failure (check mode: a claim that differs too). */
  NdjsonPipeline(InputStream in, OutputStream out, WireCodec codec, Function<InputRecord, ResultJson> coder,
      Progress progress, int workers, Predicate<ResultJson> failed) {
    this.failed = failed;
    this.in = in;
    this.out = out;
    this.codec = codec;
    this.writer = codec.resultWriter().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    this.coder = coder;
    this.progress = progress;
    this.workers = workers;
  }

  /** Codes every line; returns true when some record was refused or had an ERROR finding. */
  boolean run() throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "spinecode-coder");
      thread.setDaemon(true);
      return thread;
    });
    BlockingQueue<CompletableFuture<Batch>> inFlight = new ArrayBlockingQueue<>(workers * 2);
    boolean errors = false;
    try {
      Chunks chunks = new Chunks(in);
      long line = 1;
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        while (more && inFlight.remainingCapacity() > 0) {
          byte[] chunk = chunks.next();
          if (chunk == null) {
            more = false;
            break;
          }
          long first = line;
          line += lines(chunk);
          inFlight.add(CompletableFuture.supplyAsync(() -> code(chunk, first), pool));
        }
        CompletableFuture<Batch> next = inFlight.poll();
        if (next != null) {
          Batch batch = next.get();
          batch.json.writeTo(out);
          errors |= batch.errors;
          progress.tick(batch.count);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return errors;
  }

  private Batch code(byte[] chunk, long firstLine) {
    ByteArrayOutputStream json = new ByteArrayOutputStream(chunk.length * 2);
    boolean errors = false;
    int count = 0;
    try (JsonGenerator generator = codec.mapper().getFactory().createGenerator(json, JsonEncoding.UTF8)) {
      generator.setRootValueSeparator(null);
      long line = firstLine;
      for (int start = 0; start < chunk.length; line++) {
        int end = start;
        while (end < chunk.length && chunk[end] != '\n') {
          end++;
        }
        int stop = end > start && chunk[end - 1] == '\r' ? end - 1 : end;
        if (!blank(chunk, start, stop)) {
          ResultJson result = coder.apply(read(chunk, start, stop, line));
          errors |= failed.test(result);
          writer.writeValue(generator, result);
          generator.writeRaw('\n');
          count++;
        }
        start = end + 1;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Batch(json, errors, count);
  }

  private InputRecord read(byte[] chunk, int start, int stop, long line) {
    try {
      return InputRecord.of(line, codec.readEncounter(chunk, start, stop - start));
    } catch (InvalidInputException e) {
      return InputRecord.unreadable(line, e);
    }
  }

  private static boolean blank(byte[] bytes, int start, int stop) {
    for (int i = start; i < stop; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static long lines(byte[] chunk) {
    long lines = 0;
    for (byte b : chunk) {
      if (b == '\n') {
        lines++;
      }
    }
    return chunk.length > 0 && chunk[chunk.length - 1] != '\n' ? lines + 1 : lines;
  }

  private record Batch(ByteArrayOutputStream json, boolean errors, int count) {}

  /** The input in chunks that end at a line end (or the end of input). */
  private static final class Chunks {
    private final InputStream in;
    private byte[] carry = new byte[0];
    private boolean done;

    Chunks(InputStream in) {
      this.in = in;
    }

    byte[] next() throws IOException {
      while (!done) {
        byte[] buffer = Arrays.copyOf(carry, Math.max(CHUNK, carry.length * 2));
        int filled = carry.length;
        int read = in.readNBytes(buffer, filled, buffer.length - filled);
        filled += read;
        if (read == 0 || filled < buffer.length) {
          done = read == 0 || filled < buffer.length;
        }
        int cut = lastNewline(buffer, filled);
        if (done) {
          carry = new byte[0];
          return filled == 0 ? null : Arrays.copyOf(buffer, filled);
        }
        if (cut >= 0) {
          carry = Arrays.copyOfRange(buffer, cut + 1, filled);
          return Arrays.copyOf(buffer, cut + 1);
        }
        carry = Arrays.copyOf(buffer, filled);
      }
      return null;
    }

    private static int lastNewline(byte[] buffer, int filled) {
      for (int i = filled - 1; i >= 0; i--) {
        if (buffer[i] == '\n') {
          return i;
        }
      }
      return -1;
    }
  }
}
