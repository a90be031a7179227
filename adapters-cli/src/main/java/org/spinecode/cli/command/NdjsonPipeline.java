package org.spinecode.cli.command;

import java.io.BufferedReader;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.spinecode.rest.wire.ResultJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * NDJSON in, NDJSON out, on every core: lines are read in batches, each batch is parsed, coded and
 * written to text on a worker, and batches are written back in input order. At most a few batches
 * are in flight, so memory stays bounded whatever the size of the input.
 */
final class NdjsonPipeline {
  private static final int BATCH = 256;

  private final BufferedReader in;
  private final Writer out;
  private final WireCodec codec;
  private final Function<InputRecord, ResultJson> coder;
  private final Progress progress;
  private final int workers;

  NdjsonPipeline(BufferedReader in, Writer out, WireCodec codec, Function<InputRecord, ResultJson> coder,
      Progress progress, int workers) {
    this.in = in;
    this.out = out;
    this.codec = codec;
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
      long line = 0;
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        while (more && inFlight.remainingCapacity() > 0) {
          List<String> lines = new ArrayList<>(BATCH);
          long first = line + 1;
          String text;
          while (lines.size() < BATCH && (text = in.readLine()) != null) {
            lines.add(text);
            line++;
          }
          more = lines.size() == BATCH;
          if (!lines.isEmpty()) {
            inFlight.add(CompletableFuture.supplyAsync(() -> code(lines, first), pool));
          }
        }
        CompletableFuture<Batch> next = inFlight.poll();
        if (next != null) {
          Batch batch = next.get();
          out.write(batch.text);
          errors |= batch.errors;
          for (int i = 0; i < batch.count; i++) {
            progress.tick();
          }
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

  private Batch code(List<String> lines, long firstLine) {
    StringWriter text = new StringWriter(lines.size() * 768);
    boolean errors = false;
    int count = 0;
    try (JsonGenerator json = codec.mapper().createGenerator(text)) {
      json.setRootValueSeparator(null);
      ObjectWriter writer = codec.resultWriter().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        ResultJson result = coder.apply(NdjsonEncounters.read(line, firstLine + i, codec));
        errors |= result.hasErrors();
        writer.writeValue(json, result);
        json.writeRaw('\n');
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Batch(text.toString(), errors, count);
  }

  private record Batch(String text, boolean errors, int count) {}
}
