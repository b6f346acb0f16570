package dev.errorcatalog.benchmarks.jmh;

import dev.errorcatalog.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
 * A message: the generated {@code message(Locale)} against {@code ResourceBundle.getString} on the
 * bundle that holds the same text for that locale (the generated code compiles its messages in and
 * reads no bundle), over every entry in a shuffled order.
 *
 * <p>{@code en} is the catalogs' default locale: its texts are the root bundle. {@code zh-CN}: the
 * generated 100,000-code catalog has a zh-CN message for every code; the real catalogs have none
 * (page 004 translates descriptions and solutions only), so there both sides fall back through the
 * bundle chain to the root bundle, as a Chinese user of those catalogs gets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MessageBenchmark {

  @Param({"346", "100000"})
  public int codes;

  @Param({"en", "zh-CN"})
  public String locale;

  private Locale wanted;
  private ErrorCode[] entry;
  private String[] code;
  private int[] catalog;
  private ResourceBundle[] bundles;
  private int next;

  @Setup
  public void setUp() {
    wanted = Locale.forLanguageTag(locale);
    bundles = new ResourceBundle[Catalogs.COUNT];
    List<ErrorCode> entries = new ArrayList<>();
    List<Integer> catalogs = new ArrayList<>();
    for (int c : Catalogs.ofSize(codes)) {
      // The root bundle is the default locale's; getBundle(base, en) could fall back to the
      // JVM's default locale, which the generated code never does.
      bundles[c] =
          ResourceBundle.getBundle(
              Catalogs.bundleBaseName(c), locale.equals("en") ? Locale.ROOT : wanted);
      for (ErrorCode e : Catalogs.all(c)) {
        entries.add(e);
        catalogs.add(c);
      }
    }
    int[] order = Keys.shuffledOrder(entries.size());
    entry = new ErrorCode[order.length];
    code = new String[order.length];
    catalog = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      entry[i] = entries.get(order[i]);
      code[i] = entry[i].code();
      catalog[i] = catalogs.get(order[i]);
    }
    for (int i = 0; i < entry.length; i++) {
      String generated = Catalogs.message(catalog[i], entry[i], wanted);
      String bundled = bundles[catalog[i]].getString(code[i]);
      if (!generated.equals(bundled)) {
        throw new IllegalStateException(
            code[i]
                + " in "
                + locale
                + ": generated \""
                + generated
                + "\", bundle \""
                + bundled
                + "\"");
      }
    }
  }

  private int next() {
    int i = next;
    next = i + 1 == entry.length ? 0 : i + 1;
    return i;
  }

  /** The generated {@code message(Locale)}. */
  @Benchmark
  public String generated() {
    int i = next();
    return Catalogs.message(catalog[i], entry[i], wanted);
  }

  /** {@code ResourceBundle.getString(code)} on the same bundle. */
  @Benchmark
  public String resourceBundle() {
    int i = next();
    return Catalogs.getString(bundles, catalog[i], code[i]);
  }
}
