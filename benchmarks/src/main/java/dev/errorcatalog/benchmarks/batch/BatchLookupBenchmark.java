package dev.errorcatalog.benchmarks.batch;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.benchmarks.Stats;
import dev.errorcatalog.benchmarks.big.BigErrors;
import dev.errorcatalog.benchmarks.real.AisImageErrors;
import dev.errorcatalog.benchmarks.real.ImageRecognitionErrors;
import dev.errorcatalog.benchmarks.real.ImageSearchErrors;
import dev.errorcatalog.benchmarks.real.OcrErrors;
import dev.errorcatalog.benchmarks.real.VasErrors;
import dev.errorcatalog.benchmarks.runs.RunsErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The generated {@code lookup} against a pre-sized {@code HashMap<String, E>} filled from {@code
 * all()}, in batches as a service meets codes: each batch is {@value #BATCH} keys drawn at random,
 * made before the batch as fresh strings ({@code new String(code.toCharArray())}), so that each
 * lookup computes the key's hash, and timed as a whole with {@link System#nanoTime()}. Hits (codes
 * of the catalog) and misses (near misses: another number, another case, a trailing space) are
 * timed apart, and rounds alternate which side goes first. The figure is the median over rounds of
 * a batch's time per key.
 *
 * <p>Catalogs: {@code RunsErrors}, one catalog of 346 codes in runs of consecutive numbers; {@code
 * BigErrors}, one of 100,000; and, for comparison with the JMH benchmark, the five real catalogs of
 * 346 codes in all, each key looked up in its own catalog and map.
 */
public final class BatchLookupBenchmark {

  /** Keys per timed batch. */
  static final int BATCH = 4_096;

  private static long sink;

  /** The catalogs measured, each a call site of its own. */
  private enum Workload {
    RUNS("one catalog, 346 codes (`RunsErrors`)"),
    FIVE("five catalogs, 346 codes (as JMH)"),
    BIG("one catalog, 100,000 codes (`BigErrors`)");

    final String title;

    Workload(String title) {
      this.title = title;
    }
  }

  private BatchLookupBenchmark() {}

  /**
   * Runs every catalog and prints a Markdown table.
   *
   * @param args optionally the number of measured rounds (default 400)
   */
  public static void main(String[] args) {
    System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 400));
  }

  /** Measures every catalog for {@code rounds} rounds after as many unrecorded ones. */
  public static String run(int rounds) {
    StringBuilder table =
        new StringBuilder()
            .append("| catalog | keys | generated `lookup`, ns/key | `HashMap.get`, ns/key |")
            .append(" generated / HashMap |\n")
            .append("| --- | --- | ---: | ---: | ---: |\n");
    measure(table, Workload.RUNS, List.of(RunsErrors.all()), rounds);
    measure(
        table,
        Workload.FIVE,
        List.of(
            VasErrors.all(),
            AisImageErrors.all(),
            ImageSearchErrors.all(),
            OcrErrors.all(),
            ImageRecognitionErrors.all()),
        rounds);
    measure(table, Workload.BIG, List.of(BigErrors.all()), rounds);
    return table.append("(checksum ").append(sink & 1).append(")\n").toString();
  }

  private static void measure(
      StringBuilder table,
      Workload workload,
      List<List<? extends ErrorCode>> catalogs,
      int rounds) {
    List<Map<String, ErrorCode>> maps = new ArrayList<>();
    List<String> hits = new ArrayList<>();
    List<Integer> hitCatalogs = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (int c = 0; c < catalogs.size(); c++) {
      List<? extends ErrorCode> entries = catalogs.get(c);
      Map<String, ErrorCode> map = new HashMap<>((int) (entries.size() / 0.75f) + 1);
      for (ErrorCode entry : entries) {
        map.put(entry.code(), entry);
        hits.add(entry.code());
        hitCatalogs.add(c);
        known.add(entry.code());
      }
      maps.add(map);
    }
    List<String> misses = new ArrayList<>();
    List<Integer> missCatalogs = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      for (String miss : nearMisses(hits.get(i))) {
        if (!known.contains(miss)) {
          misses.add(miss);
          missCatalogs.add(hitCatalogs.get(i));
        }
      }
    }

    Random random = new Random(workload.ordinal());
    String[] keys = new String[BATCH];
    int[] keyCatalogs = new int[BATCH];
    double[][] perKey = new double[4][rounds]; // generated hit, map hit, generated miss, map miss
    for (int round = -rounds; round < rounds; round++) {
      boolean generatedFirst = (round & 1) == 0;
      for (int kind = 0; kind < 2; kind++) {
        List<String> pool = kind == 0 ? hits : misses;
        List<Integer> poolCatalogs = kind == 0 ? hitCatalogs : missCatalogs;
        for (int side = 0; side < 2; side++) {
          boolean generated = (side == 0) == generatedFirst;
          for (int i = 0; i < BATCH; i++) {
            int pick = random.nextInt(pool.size());
            keys[i] = new String(pool.get(pick).toCharArray());
            keyCatalogs[i] = poolCatalogs.get(pick);
          }
          long start = System.nanoTime();
          int found =
              generated
                  ? switch (workload) {
                    case RUNS -> runs(keys);
                    case FIVE -> five(keys, keyCatalogs);
                    case BIG -> big(keys);
                  }
                  : map(keys, keyCatalogs, maps);
          long nanos = System.nanoTime() - start;
          if (found != (kind == 0 ? BATCH : 0)) {
            throw new IllegalStateException(workload + ": found " + found + " of " + BATCH);
          }
          if (round >= 0) {
            perKey[2 * kind + (generated ? 0 : 1)][round] = (double) nanos / BATCH;
          }
        }
      }
    }
    for (int kind = 0; kind < 2; kind++) {
      double generated = Stats.of(perKey[2 * kind]).median();
      double map = Stats.of(perKey[2 * kind + 1]).median();
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f | %.1f | %.2f |%n",
              workload.title,
              kind == 0 ? "hit" : "miss",
              generated,
              map,
              generated / map));
    }
  }

  /** Other numbers, another case, a trailing space. */
  private static List<String> nearMisses(String code) {
    int last = code.length() - 1;
    char digit = code.charAt(last);
    return List.of(
        code.substring(0, last) + (char) ('0' + (digit - '0' + 5) % 10),
        code.toLowerCase(Locale.ROOT),
        code + " ");
  }

  private static int runs(String[] keys) {
    int found = 0;
    for (String key : keys) {
      found += count(RunsErrors.lookup(key).orElse(null));
    }
    return found;
  }

  private static int big(String[] keys) {
    int found = 0;
    for (String key : keys) {
      found += count(BigErrors.lookup(key).orElse(null));
    }
    return found;
  }

  private static int five(String[] keys, int[] catalogs) {
    int found = 0;
    for (int i = 0; i < keys.length; i++) {
      ErrorCode entry =
          switch (catalogs[i]) {
            case 0 -> VasErrors.lookup(keys[i]).orElse(null);
            case 1 -> AisImageErrors.lookup(keys[i]).orElse(null);
            case 2 -> ImageSearchErrors.lookup(keys[i]).orElse(null);
            case 3 -> OcrErrors.lookup(keys[i]).orElse(null);
            default -> ImageRecognitionErrors.lookup(keys[i]).orElse(null);
          };
      found += count(entry);
    }
    return found;
  }

  private static int count(ErrorCode entry) {
    if (entry == null) {
      return 0;
    }
    sink += entry.hashCode();
    return 1;
  }

  private static int map(String[] keys, int[] catalogs, List<Map<String, ErrorCode>> maps) {
    int found = 0;
    for (int i = 0; i < keys.length; i++) {
      found += count(maps.get(maps.size() == 1 ? 0 : catalogs[i]).get(keys[i]));
    }
    return found;
  }
}
