package dev.errorcatalog.benchmarks.startup;

import dev.errorcatalog.benchmarks.Stats;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Start-up at 100,000 codes: launches {@link StartupProbe} in a fresh JVM (the same {@code java},
 * default options, the benchmarks jar as class path) per run and mode, and reports the median and
 * range of the time from launching the JVM to each step. Modes run interleaved, after one
 * unrecorded round that warms the file cache.
 *
 * <p>With the argument {@code cds}, every JVM also maps an application class-data archive (AppCDS,
 * {@code -XX:SharedArchiveFile}) that one training run of the same mode wrote at its exit ({@code
 * -XX:ArchiveClassesAtExit}, with a seed no measured run uses): the classes arrive parsed and
 * verified, as in a service deployed with such an archive.
 */
public final class StartupBenchmark {

  private StartupBenchmark() {}

  /** Runs the harness and prints its table. */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    boolean cds = args.length > 1 && args[1].equals("cds");
    System.out.println(run(runs, cds));
  }

  /**
   * Runs every mode {@code runs} times.
   *
   * @param cds whether each JVM maps an AppCDS archive of a training run of its mode
   * @return the results as a Markdown table
   */
  public static String run(int runs, boolean cds)
      throws IOException, InterruptedException, URISyntaxException {
    String[] modes = {"empty", "catalog", "bundle", "all"};
    List<List<double[]>> samples = new ArrayList<>();
    List<List<String>> options = new ArrayList<>();
    Path archives = Files.createTempDirectory("errorcatalog-startup");
    try {
      for (String mode : modes) {
        samples.add(new ArrayList<>());
        if (cds) {
          Path archive = archives.resolve(mode + ".jsa");
          probe(mode, TRAINING_SEED, List.of("-XX:ArchiveClassesAtExit=" + archive));
          options.add(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
        } else {
          options.add(List.of());
        }
      }
      for (int run = -1; run < runs; run++) {
        for (int m = 0; m < modes.length; m++) {
          double[] sample = probe(modes[m], run + 1, options.get(m));
          if (run >= 0) {
            samples.get(m).add(sample);
          }
        }
      }
    } finally {
      try (Stream<Path> files = Files.list(archives)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(archives);
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

  /** The seed of an AppCDS training run: none of the measured runs uses it. */
  private static final int TRAINING_SEED = 1_000_003;

  /** One fresh JVM: the milliseconds from launch to each time stamp the probe printed. */
  private static double[] probe(String mode, int seed, List<String> jvmOptions)
      throws IOException, InterruptedException, URISyntaxException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classPath =
        Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of("-cp", classPath, StartupProbe.class.getName(), mode, Integer.toString(seed)));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
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
