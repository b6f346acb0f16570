package dev.errorcatalog.benchmarks.jmh;

import dev.errorcatalog.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Code to constant: the generated {@code lookup} against a pre-sized {@code HashMap<String, E>}
 * holding the same entries, with hits and misses measured separately.
 *
 * <p>At 346 codes the keys are every code of the five real catalogs, each looked up in its own
 * catalog (as the sample app does with {@code --catalog}), against five HashMaps, one per catalog;
 * both sides reach the catalog or map through the same {@code switch}. At 100,000 codes they are
 * every code of the generated catalog. A miss is a code of the same shape that the catalog lacks
 * ({@code AIS.90042}, {@code ModelArts.9101}). Every operation takes the next key of a fixed
 * shuffled sequence and clears its cached hash first (see {@link Keys}), so both sides compute the
 * hash from the characters and compare the full string on a hit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupBenchmark {

  /** 346: the five real catalogs; 100000: the generated catalog. */
  @Param({"346", "100000"})
  public int codes;

  /** {@code hit} or {@code miss}. */
  @Param({"hit", "miss"})
  public String keys;

  private String[] key;
  private int[] catalog;
  private Map<String, ErrorCode>[] maps;
  private int next;

  @Setup
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setUp() {
    maps = new Map[Catalogs.COUNT];
    List<String> keyList = new ArrayList<>();
    List<Integer> catalogList = new ArrayList<>();
    int total = 0;
    for (int c : Catalogs.ofSize(codes)) {
      List<? extends ErrorCode> entries = Catalogs.all(c);
      total += entries.size();
      Map<String, ErrorCode> map = new HashMap<>((int) (entries.size() / 0.75f) + 1);
      Set<String> known = new HashSet<>();
      for (ErrorCode entry : entries) {
        map.put(entry.code(), entry);
        known.add(entry.code());
      }
      maps[c] = map;
      for (ErrorCode entry : entries) {
        String k = keys.equals("hit") ? entry.code() : Keys.missing(entry.code(), known);
        keyList.add(k);
        catalogList.add(c);
      }
    }
    if (total != codes) {
      throw new IllegalStateException("expected " + codes + " codes, found " + total);
    }
    int[] order = Keys.shuffledOrder(keyList.size());
    key = new String[order.length];
    catalog = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      // Built in sequence order, so that walking the array walks memory in order: a key
      // parsed from a response is in the cache; the catalog's and the map's memory are not.
      key[i] = Keys.fresh(keyList.get(order[i]));
      catalog[i] = catalogList.get(order[i]);
    }
    verify();
  }

  private void verify() {
    boolean hits = keys.equals("hit");
    for (int i = 0; i < key.length; i++) {
      Optional<? extends ErrorCode> found = Catalogs.lookup(catalog[i], key[i]);
      ErrorCode mapped = maps[catalog[i]].get(key[i]);
      boolean ok =
          hits
              ? found.isPresent() && found.get() == mapped && found.get().code().equals(key[i])
              : found.isEmpty() && mapped == null;
      if (!ok) {
        throw new IllegalStateException(
            "lookup of "
                + key[i]
                + " in catalog "
                + catalog[i]
                + " gave "
                + found
                + ", the HashMap "
                + mapped);
      }
    }
  }

  private int next() {
    int i = next;
    next = i + 1 == key.length ? 0 : i + 1;
    return i;
  }

  /** The generated {@code lookup}: one hash, two or three dense switches, one equals. */
  @Benchmark
  public Object generated() {
    int i = next();
    String k = key[i];
    Keys.forgetHash(k);
    return Catalogs.lookup(catalog[i], k);
  }

  /** {@code HashMap.get} on a map of the same entries. */
  @Benchmark
  public Object hashMap() {
    int i = next();
    String k = key[i];
    Keys.forgetHash(k);
    return Catalogs.get(maps, catalog[i], k);
  }
}
