package dev.errorcatalog.benchmarks.jmh;

import dev.errorcatalog.ErrorCode;
import java.util.ArrayList;
import java.util.List;
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
 * The floor under both lookups: taking the next key, clearing its cached hash and computing {@code
 * hashCode()}, as {@link LookupBenchmark} does before the lookup itself.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyHashBenchmark {

  @Param({"346", "100000"})
  public int codes;

  private String[] key;
  private int next;

  @Setup
  public void setUp() {
    List<String> keys = new ArrayList<>();
    for (int c : Catalogs.ofSize(codes)) {
      for (ErrorCode entry : Catalogs.all(c)) {
        keys.add(entry.code());
      }
    }
    int[] order = Keys.shuffledOrder(keys.size());
    key = new String[order.length];
    for (int i = 0; i < order.length; i++) {
      key[i] = Keys.fresh(keys.get(order[i]));
    }
  }

  /** Next key, cleared hash, {@code hashCode()}. */
  @Benchmark
  public int keyHash() {
    int i = next;
    next = i + 1 == key.length ? 0 : i + 1;
    String k = key[i];
    Keys.forgetHash(k);
    return k.hashCode();
  }
}
