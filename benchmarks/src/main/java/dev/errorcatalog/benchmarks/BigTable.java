package dev.errorcatalog.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a generated CSV table of N codes, shaped like {@code LargeCatalogTest}'s: ten services of
 * N/10 codes each ({@code AIS.00000} to {@code AIS.09999} at 100,000), a status, an English message
 * with a {@code %s} placeholder and its zh-CN translation.
 *
 * <p>Depends on the JDK only, so that the build runs it as a single-file source program ({@code
 * java BigTable.java big.csv 100000}) before compiling the module whose catalog reads the table;
 * the compile-cost harness calls {@link #write} for its tables of 1,000 to 100,000 codes.
 */
public final class BigTable {

  /** The services that prefix the codes, as in {@code LargeCatalogTest}. */
  public static final List<String> SERVICES =
      List.of("AIS", "APIG", "ModelArts", "IS", "VAS", "IAM", "ECS", "OBS", "DCS", "RDS");

  private BigTable() {}

  /**
   * Writes the table.
   *
   * @param args the file to write and the number of codes (a multiple of 10)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && !(args.length == 3 && args[2].equals("runs"))) {
      throw new IllegalArgumentException("usage: java BigTable.java FILE CODES [runs]");
    }
    Path file = Path.of(args[0]);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    if (args.length == 3) {
      writeRuns(file, Integer.parseInt(args[1]));
    } else {
      write(file, Integer.parseInt(args[1]));
    }
  }

  /** The prefixes of {@link #writeRuns}, from the real catalogs. */
  public static final List<String> RUN_PREFIXES =
      List.of("AIS", "ModelArts", "IS", "VAS", "APIG", "AIP", "IAM");

  /** The length of a run of consecutive numbers in {@link #writeRuns}. */
  public static final int RUN_LENGTH = 25;

  /**
   * Writes a table of {@code codes} codes in runs of {@value #RUN_LENGTH} consecutive numbers under
   * {@link #RUN_PREFIXES} in turn, as real pages number them ({@code IS.3337} to {@code IS.3361}),
   * each run of a prefix starting 400 numbers after its last.
   *
   * @param file the CSV file to write
   * @param codes how many codes
   * @throws IOException when the file cannot be written
   */
  public static void writeRuns(Path file, int codes) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("code,status,message\n");
      for (int index = 0; index < codes; index++) {
        int run = index / RUN_LENGTH;
        String prefix = RUN_PREFIXES.get(run % RUN_PREFIXES.size());
        int number = 999 + 400 * (run / RUN_PREFIXES.size()) + index % RUN_LENGTH;
        String code = String.format(Locale.ROOT, "%s.%04d", prefix, number);
        out.write(code + "," + (400 + index % 100) + ",\"Message of " + code + ".\"\n");
      }
    }
  }

  /**
   * Writes a table of {@code codes} codes to {@code file}.
   *
   * @param file the CSV file to write
   * @param codes how many codes, a multiple of {@code SERVICES.size()}
   * @throws IOException when the file cannot be written
   */
  public static void write(Path file, int codes) throws IOException {
    int perService = codes / SERVICES.size();
    if (perService * SERVICES.size() != codes || perService > 100_000) {
      throw new IllegalArgumentException("codes must be a multiple of 10, at most 1,000,000");
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("code,status,message,message@zh-CN\n");
      int index = 0;
      for (String service : SERVICES) {
        for (int n = 0; n < perService; n++, index++) {
          String code = code(service, n);
          out.write(
              code
                  + ","
                  + (400 + index % 100)
                  + ",\"Message of "
                  + code
                  + ", with %s.\","
                  + code
                  + " \u7684\u6d88\u606f\uff1a%s\u3002\n");
        }
      }
    }
  }

  /**
   * The code number {@code n} of {@code service}: {@code AIS.00042}.
   *
   * @param service one of {@link #SERVICES}
   * @param n the number, below 100,000
   * @return the code
   */
  public static String code(String service, int n) {
    StringBuilder code = new StringBuilder(service.length() + 6).append(service).append('.');
    String digits = Integer.toString(n);
    for (int pad = digits.length(); pad < 5; pad++) {
      code.append('0');
    }
    return code.append(digits).toString();
  }
}
