import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Two or more builds of the engine in one JVM, timed in turns: each benchmarks jar in its own class
 * loader, warmed up, then slices of 50,000 encounters taken from each in rotation, so that the
 * machine's slow and fast spells fall on all of them alike. Prints each jar's median time per
 * encounter and, per later jar, the median over rounds of its slice's time against the first jar's
 * slice of the same round. Run by scripts/engine-ab.sh.
 */
public final class EngineAB {
  private static final int SLICE = 50_000;

  public static void main(String[] args) throws Exception {
    String mix = System.getProperty("mix", "TWO_PROCEDURES");
    int rounds = Integer.getInteger("rounds", 30);
    Path loops = Path.of(System.getProperty("loops"));
    int n = args.length;
    IntUnaryOperator[] engines = new IntUnaryOperator[n];
    for (int i = 0; i < n; i++) {
      URL[] path = {Path.of(args[i]).toUri().toURL(), loops.toUri().toURL()};
      URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(loader);
      engines[i] = (IntUnaryOperator) loader.loadClass("Loop").getConstructor(String.class).newInstance(mix);
    }
    for (int warm = 0; warm < 30; warm++) {
      for (IntUnaryOperator engine : engines) {
        engine.applyAsInt(SLICE);
      }
    }
    double[][] nanos = new double[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int i = (r + k) % n;
        long start = System.nanoTime();
        engines[i].applyAsInt(SLICE);
        nanos[i][r] = (System.nanoTime() - start) / (double) SLICE;
      }
    }
    for (int i = 0; i < n; i++) {
      double[] sorted = nanos[i].clone();
      Arrays.sort(sorted);
      System.out.printf("%-40s %6.0f ns per encounter (%,.0f per second)%n", args[i], sorted[rounds / 2],
          1e9 / sorted[rounds / 2]);
    }
    for (int i = 1; i < n; i++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = nanos[i][r] / nanos[0][r];
      }
      Arrays.sort(ratio);
      System.out.printf("%s against %s: time per encounter %.3f (quartiles %.3f-%.3f)%n", args[i], args[0],
          ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
    }
  }
}
