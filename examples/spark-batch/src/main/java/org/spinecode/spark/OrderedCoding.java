package org.spinecode.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A partition's records coded on several threads ({@code --threads}), handed on in input order:
 * records are taken in chunks, at most two chunks per thread are in flight, so a partition of any
 * size streams through in bounded memory. The threads are daemons shared by every task of the JVM.
 */
final class OrderedCoding<T, R> implements Iterator<R> {
  private static final int CHUNK = 256;
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "spinecode-partition-coder");
    thread.setDaemon(true);
    return thread;
  });

  private final Iterator<T> records;
  private final Function<T, R> coding;
  private final int inFlight;
  private final ArrayDeque<CompletableFuture<List<R>>> chunks = new ArrayDeque<>();
  private Iterator<R> current = List.<R>of().iterator();

  OrderedCoding(Iterator<T> records, Function<T, R> coding, int threads) {
    this.records = records;
    this.coding = coding;
    this.inFlight = 2 * threads;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      while (chunks.size() < inFlight && records.hasNext()) {
        List<T> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && records.hasNext()) {
          chunk.add(records.next());
        }
        chunks.add(CompletableFuture.supplyAsync(() -> {
          List<R> results = new ArrayList<>(chunk.size());
          for (T record : chunk) {
            results.add(coding.apply(record));
          }
          return results;
        }, THREADS));
      }
      if (chunks.isEmpty()) {
        return false;
      }
      current = chunks.poll().join().iterator();
    }
    return true;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
