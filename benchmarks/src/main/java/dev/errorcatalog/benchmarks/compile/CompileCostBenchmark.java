package dev.errorcatalog.benchmarks.compile;

import dev.errorcatalog.benchmarks.BigTable;
import dev.errorcatalog.benchmarks.Stats;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compile cost: wall time and peak memory of {@code javac} with the processor on a catalog of N
 * generated codes ({@link BigTable}), against {@code javac} alone ({@code -proc:none}) compiling
 * the very sources the processor generated. Each run is a fresh {@code javac} process of the JDK
 * running this harness, with its default options; peak memory is the process's maximum resident set
 * size as GNU {@code /usr/bin/time -v} reports it (JVM heap, metaspace, code cache and all). Runs
 * of the two alternate, after one unrecorded run of each.
 */
public final class CompileCostBenchmark {

  private static final String PACKAGE = "com.example.big";
  private static final Path TIME = Path.of("/usr/bin/time");

  private CompileCostBenchmark() {}

  /**
   * Runs the harness: {@code [runs [sizes...]]}, default 3 runs of 1,000, 10,000 and 100,000 codes;
   * 100,000 codes get at most 2.
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int[] sizes = {1_000, 10_000, 100_000};
    if (args.length > 1) {
      sizes = new int[args.length - 1];
      for (int i = 1; i < args.length; i++) {
        sizes[i - 1] = Integer.parseInt(args[i]);
      }
    }
    System.out.println(run(sizes, runs));
  }

  /**
   * Measures every size.
   *
   * @return the results as a Markdown table
   */
  public static String run(int[] sizes, int runs)
      throws IOException, InterruptedException, URISyntaxException {
    Path lib = libDirectory();
    Path processor = lib.resolve("errorcatalog-processor.jar");
    Path annotations = lib.resolve("errorcatalog-annotations.jar");
    for (Path jar : List.of(processor, annotations)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: build with mvn -Pbenchmarks package");
      }
    }
    boolean memory = Files.isExecutable(TIME);
    StringBuilder table =
        new StringBuilder()
            .append(
                "| codes | javac + processor: wall s | peak RSS MB | javac alone, same generated")
            .append(" sources: wall s | peak RSS MB | overhead: wall | overhead: memory |\n")
            .append("| ---: | --- | --- | --- | --- | ---: | ---: |\n");
    Path work = Files.createTempDirectory("errorcatalog-compile-cost");
    try {
      for (int codes : sizes) {
        int n = codes >= 100_000 ? Math.min(runs, 2) : runs;
        table.append(
            measure(
                work.resolve(Integer.toString(codes)), codes, n, processor, annotations, memory));
      }
    } finally {
      delete(work);
    }
    if (!memory) {
      table.append("\n(/usr/bin/time not found: no peak memory)\n");
    }
    return table.toString();
  }

  private static String measure(
      Path dir, int codes, int runs, Path processor, Path annotations, boolean memory)
      throws IOException, InterruptedException {
    Path tables = Files.createDirectories(dir.resolve("tables"));
    BigTable.write(tables.resolve("big.csv"), codes);
    Path packageInfo =
        dir.resolve("src").resolve(PACKAGE.replace('.', '/')).resolve("package-info.java");
    Files.createDirectories(packageInfo.getParent());
    Files.writeString(
        packageInfo,
        "@dev.errorcatalog.ErrorCatalog(name = \"BigErrors\", sources = \"big.csv\")\n"
            + "package "
            + PACKAGE
            + ";\n");

    List<double[]> withProcessor = new ArrayList<>();
    List<double[]> alone = new ArrayList<>();
    Path generated = null;
    for (int run = -1; run < runs; run++) {
      Path out = dir.resolve("run" + (run + 1));
      Path classes = Files.createDirectories(out.resolve("classes-processor"));
      Path sources = Files.createDirectories(out.resolve("generated"));
      double[] a =
          javac(
              out.resolve("time-processor.txt"),
              memory,
              List.of(
                  "-cp",
                  annotations.toString(),
                  "-processorpath",
                  processor.toString(),
                  "-Aerrorcatalog.resourceDirs=" + tables,
                  "-d",
                  classes.toString(),
                  "-s",
                  sources.toString(),
                  packageInfo.toString()));
      if (generated == null) {
        generated = sources;
      }
      List<String> plain =
          new ArrayList<>(
              List.of(
                  "-cp",
                  annotations.toString(),
                  "-proc:none",
                  "-d",
                  Files.createDirectories(out.resolve("classes-plain")).toString(),
                  packageInfo.toString()));
      try (Stream<Path> files = Files.walk(generated)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> plain.add(f.toString()));
      }
      double[] b = javac(out.resolve("time-plain.txt"), memory, plain);
      if (run >= 0) {
        withProcessor.add(a);
        alone.add(b);
        if (run > 0) {
          delete(out);
        }
      }
    }
    Stats wallA = Stats.of(withProcessor.stream().mapToDouble(s -> s[0]).toArray());
    Stats wallB = Stats.of(alone.stream().mapToDouble(s -> s[0]).toArray());
    StringBuilder row =
        new StringBuilder(String.format(Locale.ROOT, "| %,d | %s | ", codes, wallA.format("%.2f")));
    if (memory) {
      Stats rssA = Stats.of(withProcessor.stream().mapToDouble(s -> s[1]).toArray());
      Stats rssB = Stats.of(alone.stream().mapToDouble(s -> s[1]).toArray());
      row.append(rssA.format("%.0f"))
          .append(" | ")
          .append(wallB.format("%.2f"))
          .append(" | ")
          .append(rssB.format("%.0f"))
          .append(" | ")
          .append(percent(wallA.median(), wallB.median()))
          .append(" | ")
          .append(percent(rssA.median(), rssB.median()))
          .append(" |\n");
    } else {
      row.append("n/a | ")
          .append(wallB.format("%.2f"))
          .append(" | n/a | ")
          .append(percent(wallA.median(), wallB.median()))
          .append(" | n/a |\n");
    }
    return row.toString();
  }

  private static String percent(double with, double without) {
    return String.format(Locale.ROOT, "%+.0f%%", (with / without - 1) * 100);
  }

  /** One javac process: wall seconds and peak RSS in MB (0 without /usr/bin/time). */
  private static double[] javac(Path timeFile, boolean memory, List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (memory) {
      command.addAll(List.of(TIME.toString(), "-v", "-o", timeFile.toString()));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(arguments);
    Path log = timeFile.resolveSibling(timeFile.getFileName() + ".log");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(
          "javac failed (" + status + "): " + Files.readString(log, StandardCharsets.UTF_8));
    }
    double rss = 0;
    if (memory) {
      for (String line : Files.readAllLines(timeFile)) {
        if (line.trim().startsWith("Maximum resident set size (kbytes):")) {
          rss = Long.parseLong(line.substring(line.indexOf(':') + 1).trim()) / 1024.0;
        }
      }
    }
    return new double[] {seconds, rss};
  }

  /** The lib directory next to the benchmarks jar, where the build copies the processor. */
  private static Path libDirectory() throws URISyntaxException {
    Path jar =
        Path.of(
            CompileCostBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return jar.getParent().resolve("lib");
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
