package dev.errorcatalog.benchmarks.startup;

import dev.errorcatalog.benchmarks.BigTable;
import dev.errorcatalog.benchmarks.big.BigErrors;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The program that {@link StartupBenchmark} starts in a fresh JVM: it does one thing with the
 * 100,000-code catalog and prints {@link System#nanoTime()} after each step, which on Linux is one
 * clock for every process (CLOCK_MONOTONIC), so the parent subtracts the moment it launched the
 * JVM.
 *
 * <p>Nothing before the last time stamp uses string concatenation or lambdas of its own (their
 * first use bootstraps {@code invokedynamic}, which would be charged to the catalog).
 */
public final class StartupProbe {

  private static final String BIG_BASE_NAME = "dev.errorcatalog.benchmarks.big.BigErrors";

  private StartupProbe() {}

  /**
   * Runs one mode.
   *
   * @param args the mode ({@code empty}, {@code catalog}, {@code bundle} or {@code all}) and a seed
   *     for the random codes
   */
  public static void main(String[] args) {
    long main = System.nanoTime();
    String mode = args[0];
    long seed = Long.parseLong(args[1]) * 0x9E3779B97F4A7C15L + 1;
    long[] times = new long[6];
    int count = 0;
    times[count++] = main;
    int found = 0;
    switch (mode) {
      case "empty" -> {}
      case "catalog" -> {
        seed = step(seed);
        Optional<BigErrors> first = BigErrors.lookup(randomCode(seed));
        times[count++] = System.nanoTime();
        String message = first.orElseThrow().message(Locale.ENGLISH);
        times[count++] = System.nanoTime();
        String chinese = first.orElseThrow().message(Locale.SIMPLIFIED_CHINESE);
        times[count++] = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
          seed = step(seed);
          if (BigErrors.lookup(randomCode(seed)).isPresent()) {
            found++;
          }
        }
        times[count++] = System.nanoTime();
        if (message.equals(chinese) || found != 1_000) {
          throw new AssertionError("unexpected texts or misses");
        }
      }
      case "bundle" -> {
        seed = step(seed);
        String text =
            ResourceBundle.getBundle(BIG_BASE_NAME, Locale.ROOT).getString(randomCode(seed));
        times[count++] = System.nanoTime();
        found = text.length();
      }
      case "all" -> {
        found = BigErrors.all().size();
        times[count++] = System.nanoTime();
      }
      default -> throw new IllegalArgumentException(mode);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(times[i]).append(' ');
    }
    System.out.println(out.append(found));
  }

  private static long step(long seed) {
    seed ^= seed << 13;
    seed ^= seed >>> 7;
    return seed ^ (seed << 17);
  }

  /** A fresh string (not a literal): one of the catalog's 100,000 codes. */
  private static String randomCode(long seed) {
    int r = (int) ((seed >>> 1) % 100_000);
    return BigTable.code(BigTable.SERVICES.get(r / 10_000), r % 10_000);
  }
}
