package dev.errorcatalog.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the benchmarks ran on, for the results table. */
public final class Machine {

  private Machine() {}

  /** CPU model, cores, RAM, JDK and the load average when asked. */
  public static String describe() {
    String cpu =
        firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    String memory =
        firstValue(Path.of("/proc/meminfo"), "MemTotal")
            .map(
                kb ->
                    String.format(
                        Locale.ROOT,
                        "%.0f GiB RAM",
                        Long.parseLong(kb.replace("kB", "").trim()) / 1024.0 / 1024.0))
            .orElse("RAM unknown");
    return String.format(
        Locale.ROOT,
        "%s, %d cores, %s, %s %s (%s), %s %s; load average %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        loadAverage());
  }

  /** The 1-, 5- and 15-minute load averages, or "unknown". */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ", -1);
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
          return java.util.Optional.of(line.substring(colon + 1).trim());
        }
      }
    } catch (IOException e) {
      // not Linux: fall through
    }
    return java.util.Optional.empty();
  }
}
