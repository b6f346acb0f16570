package dev.errorcatalog.benchmarks.startup;

import dev.errorcatalog.benchmarks.Stats;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up at 100,000 codes: launches {@link StartupProbe} in a fresh JVM (the same {@code java},
 * default options, the benchmarks jar as class path) per run and mode, and reports the median and
 * range of the time from launching the JVM to each step. Modes run interleaved, after one
 * unrecorded round that warms the file cache.
 */
public final class StartupBenchmark {

  private StartupBenchmark() {}

  /** Runs the harness and prints its table. */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    System.out.println(run(runs));
  }

  /**
   * Runs every mode {@code runs} times.
   *
   * @return the results as a Markdown table
   */
  public static String run(int runs) throws IOException, InterruptedException, URISyntaxException {
    String[] modes = {"empty", "catalog", "bundle", "all"};
    List<List<double[]>> samples = new ArrayList<>();
    for (int m = 0; m < modes.length; m++) {
      samples.add(new ArrayList<>());
    }
    for (int run = -1; run < runs; run++) {
      for (int m = 0; m < modes.length; m++) {
        double[] sample = probe(modes[m], run + 1);
        if (run >= 0) {
          samples.get(m).add(sample);
        }
      }
    }
    StringBuilder table =
        new StringBuilder()
            .append(
                "| from launching a fresh JVM to ... (100,000 codes) | ms, median (min\u2013max) of ")
            .append(runs)
            .append(" | of which after `main` starts |\n| --- | --- | --- |\n");
    row(table, "`main` of an empty program (the JVM alone)", samples.get(0), 0, -1);
    row(table, "the first `BigErrors.lookup` (random code)", samples.get(1), 1, 0);
    row(table, "... then its first `message(Locale.ENGLISH)`", samples.get(1), 2, 0);
    row(table, "... then its first `message(zh-CN)`", samples.get(1), 3, 0);
    row(table, "... then 1,000 more random lookups", samples.get(1), 4, 0);
    row(
        table,
        "plain `ResourceBundle.getBundle(...).getString` on the same 100,000-key root"
            + " `.properties`",
        samples.get(2),
        1,
        0);
    row(table, "`BigErrors.all()`: every one of the 100,000 entries created", samples.get(3), 1, 0);
    return table.toString();
  }

  private static void row(
      StringBuilder table, String label, List<double[]> samples, int point, int since) {
    double[] total = samples.stream().mapToDouble(s -> s[point]).toArray();
    String after =
        since < 0
            ? ""
            : Stats.of(samples.stream().mapToDouble(s -> s[point] - s[since]).toArray())
                .format("%.0f");
    table
        .append("| ")
        .append(label)
        .append(" | ")
        .append(Stats.of(total).format("%.0f"))
        .append(" | ")
        .append(after)
        .append(" |\n");
  }

  /** One fresh JVM: the milliseconds from launch to each time stamp the probe printed. */
  private static double[] probe(String mode, int seed)
      throws IOException, InterruptedException, URISyntaxException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classPath =
        Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                classPath,
                StartupProbe.class.getName(),
                mode,
                Integer.toString(seed))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    long launched = System.nanoTime();
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("probe " + mode + " failed: " + output);
    }
    String[] fields = output.trim().split(" ", -1);
    double[] ms = new double[fields.length - 1];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = (Long.parseLong(fields[i]) - launched) / 1e6;
    }
    return ms;
  }
}
