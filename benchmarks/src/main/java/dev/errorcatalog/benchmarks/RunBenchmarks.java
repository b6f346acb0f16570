package dev.errorcatalog.benchmarks;

import dev.errorcatalog.benchmarks.batch.BatchLookupBenchmark;
import dev.errorcatalog.benchmarks.compile.CompileCostBenchmark;
import dev.errorcatalog.benchmarks.startup.StartupBenchmark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints the README's results tables (also written to {@code results.md}
 * next to the jar).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [jmh] [batch] [startup] [compile]
 * </pre>
 *
 * <p>Without a part name, all four run (about 15 minutes on 2 cores). The default settings are 2
 * JMH forks of 3 warm-up and 5 measured one-second iterations with {@code -prof gc}, then the
 * generated lookup at 100,000 codes once more after a 60 s warm-up (1 fork); 15 fresh JVMs per
 * start-up mode, without and with an AppCDS archive; 400 measured rounds of the batch lookup (after
 * 400 unrecorded); 3 javac runs per compile-cost size (2 at 100,000 codes). {@code --quick} uses
 * short settings for development: 1 fork of 2 + 3 iterations, a 20 s long warm-up, 5 start-up runs
 * and 1 javac run. Plain JMH stays available: {@code java -cp benchmarks.jar org.openjdk.jmh.Main}.
 */
public final class RunBenchmarks {

  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    List<String> parts = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else if (List.of("jmh", "batch", "startup", "compile").contains(arg)) {
        parts.add(arg);
      } else {
        System.err.println(
            "usage: java -jar benchmarks.jar [--quick] [jmh] [batch] [startup] [compile]");
        System.exit(2);
      }
    }
    if (parts.isEmpty()) {
      parts = List.of("jmh", "batch", "startup", "compile");
    }
    StringBuilder report =
        new StringBuilder()
            .append("Machine: ")
            .append(Machine.describe())
            .append(quick ? " (--quick settings)" : "")
            .append("\n\n");
    if (parts.contains("jmh")) {
      Collection<RunResult> results = new ArrayList<>(jmh(quick));
      Collection<RunResult> warm = longWarmUp(quick);
      report
          .append(lookupTable(results, warm, quick ? 20 : 60))
          .append('\n')
          .append(messageTable(results))
          .append('\n');
    }
    if (parts.contains("batch")) {
      report.append(BatchLookupBenchmark.run(quick ? 100 : 400)).append('\n');
    }
    if (parts.contains("startup")) {
      report
          .append(StartupBenchmark.run(quick ? 5 : 15, false))
          .append('\n')
          .append("With an AppCDS archive of a training run:\n\n")
          .append(StartupBenchmark.run(quick ? 5 : 15, true))
          .append('\n');
    }
    if (parts.contains("compile")) {
      report
          .append(CompileCostBenchmark.run(new int[] {1_000, 10_000, 100_000}, quick ? 1 : 3))
          .append('\n');
    }
    report.append("Load average at the end: ").append(Machine.loadAverage()).append('\n');
    System.out.println();
    System.out.println(report);
    Path jar =
        Path.of(RunBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path file = jar.resolveSibling("results.md");
    Files.writeString(file, report, StandardCharsets.UTF_8);
    System.out.println("(written to " + file + ")");
  }

  private static Collection<RunResult> jmh(boolean quick) throws Exception {
    Options options =
        new OptionsBuilder()
            .include("dev\\.errorcatalog\\.benchmarks\\.jmh\\..*")
            .forks(quick ? 1 : 2)
            .warmupIterations(quick ? 2 : 3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(1))
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .build();
    return new Runner(options).run();
  }

  /**
   * The generated lookup at 100,000 codes once more, after a long warm-up: a check that the short
   * runs are not still warming up. (The lookup used to be 12,500 bucket methods, each called for
   * one key in 12,500, which the JIT compiled slowly; it is one table now.)
   */
  private static Collection<RunResult> longWarmUp(boolean quick) throws Exception {
    Options options =
        new OptionsBuilder()
            .include("dev\\.errorcatalog\\.benchmarks\\.jmh\\.LookupBenchmark\\.generated")
            .param("codes", "100000")
            .forks(1)
            .warmupIterations(1)
            .warmupTime(TimeValue.seconds(quick ? 20 : 60))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(1))
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .build();
    return new Runner(options).run();
  }

  private static String lookupTable(
      Collection<RunResult> results, Collection<RunResult> warm, int warmSeconds) {
    StringBuilder table =
        new StringBuilder()
            .append("| codes | keys | generated `lookup`, ns/op | `HashMap.get`, ns/op | generated")
            .append(" allocation, B/op | HashMap allocation, B/op |\n")
            .append("| ---: | --- | ---: | ---: | ---: | ---: |\n");
    for (String codes : List.of("346", "100000")) {
      for (String keys : List.of("hit", "miss")) {
        table.append(
            comparisonRow(
                results,
                "LookupBenchmark.generated",
                "LookupBenchmark.hashMap",
                codes,
                keys,
                Map.of("codes", codes, "keys", keys)));
      }
      if (codes.equals("100000")) {
        for (String keys : List.of("hit", "miss")) {
          Map<String, String> p = Map.of("codes", codes, "keys", keys);
          table.append(
              String.format(
                  Locale.ROOT,
                  "| %,d | %s, after a %d s warm-up (1 fork) | %s | | %s | |\n",
                  Integer.parseInt(codes),
                  keys,
                  warmSeconds,
                  score(warm, "LookupBenchmark.generated", p),
                  allocation(warm, "LookupBenchmark.generated", p)));
        }
      }
      table.append(
          String.format(
              Locale.ROOT,
              "| %,d | key hash alone (next key, cleared hash, `hashCode()`) | %s | | | |\n",
              Integer.parseInt(codes),
              score(results, "KeyHashBenchmark.keyHash", Map.of("codes", codes))));
    }
    return table.toString();
  }

  private static String messageTable(Collection<RunResult> results) {
    StringBuilder table =
        new StringBuilder()
            .append("| codes | locale | generated `message(Locale)`, ns/op |")
            .append(" `ResourceBundle.getString`, ns/op | generated allocation, B/op |")
            .append(" ResourceBundle allocation, B/op |\n")
            .append("| ---: | --- | ---: | ---: | ---: | ---: |\n");
    for (String codes : List.of("346", "100000")) {
      for (String locale : List.of("en", "zh-CN")) {
        table.append(
            comparisonRow(
                results,
                "MessageBenchmark.generated",
                "MessageBenchmark.resourceBundle",
                codes,
                locale,
                Map.of("codes", codes, "locale", locale)));
      }
    }
    return table.toString();
  }

  /** One row comparing the generated code with its JDK baseline: time, then allocation. */
  private static String comparisonRow(
      Collection<RunResult> results,
      String generated,
      String baseline,
      String codes,
      String variant,
      Map<String, String> params) {
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %s | %s | %s | %s |\n",
        Integer.parseInt(codes),
        variant,
        score(results, generated, params),
        score(results, baseline, params),
        allocation(results, generated, params),
        allocation(results, baseline, params));
  }

  private static String score(
      Collection<RunResult> results, String benchmark, Map<String, String> params) {
    RunResult run = find(results, benchmark, params);
    if (run == null) {
      return "";
    }
    Result<?> primary = run.getPrimaryResult();
    return String.format(
        Locale.ROOT, "%.1f \u00b1 %.1f", primary.getScore(), primary.getScoreError());
  }

  @SuppressWarnings("rawtypes") // JMH hands secondary results out as raw Result
  private static String allocation(
      Collection<RunResult> results, String benchmark, Map<String, String> params) {
    RunResult run = find(results, benchmark, params);
    if (run == null) {
      return "";
    }
    Map<String, Result> secondary = new LinkedHashMap<>(run.getSecondaryResults());
    for (Map.Entry<String, Result> entry : secondary.entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return String.format(Locale.ROOT, "%.2f", entry.getValue().getScore());
      }
    }
    return "n/a";
  }

  private static RunResult find(
      Collection<RunResult> results, String benchmark, Map<String, String> params) {
    for (RunResult run : results) {
      BenchmarkParams p = run.getParams();
      if (!p.getBenchmark().endsWith("." + benchmark)) {
        continue;
      }
      boolean matches =
          params.entrySet().stream().allMatch(e -> e.getValue().equals(p.getParam(e.getKey())));
      if (matches) {
        return run;
      }
    }
    return null;
  }
}
