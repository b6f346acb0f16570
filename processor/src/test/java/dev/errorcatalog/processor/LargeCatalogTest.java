package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.ErrorCode;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog of 100,000 codes compiles, and every code looks up to its entry: the generated code
 * stays within javac's limits (constants per class, cases per method, string constants per class)
 * and within HotSpot's limit on the methods it compiles, at the size the design promises. Speed is
 * measured in the benchmarks, not here.
 */
class LargeCatalogTest {

  static final List<String> SERVICES =
      List.of("AIS", "APIG", "ModelArts", "IS", "VAS", "IAM", "ECS", "OBS", "DCS", "RDS");
  static final int CODES_PER_SERVICE = 10_000;

  @TempDir Path tables;
  @TempDir Path classes;

  @Test
  void compilesAndResolvesACatalogOfOneHundredThousandCodes() throws Exception {
    writeTable(tables.resolve("big.csv"));
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo("com.example.big", catalog("BigErrors", "big.csv")));
    assertThat(compilation).succeededWithoutWarnings();

    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      Class<?> type = loader.loadClass("com.example.big.BigErrors");
      Method lookup = type.getMethod("lookup", String.class);
      @SuppressWarnings("unchecked")
      List<ErrorCode> all = (List<ErrorCode>) type.getMethod("all").invoke(null);
      assertThat(all).hasSize(SERVICES.size() * CODES_PER_SERVICE);

      int index = 0;
      for (String service : SERVICES) {
        for (int n = 0; n < CODES_PER_SERVICE; n++, index++) {
          String code = code(service, n);
          // A fresh string, so that its hash is computed as for a code parsed from a response.
          Optional<?> found = (Optional<?>) lookup.invoke(null, new String(code.toCharArray()));
          assertThat(found.isPresent()).isTrue();
          ErrorCode entry = (ErrorCode) found.get();
          assertThat(entry.code()).isEqualTo(code);
          assertThat(entry).isSameInstanceAs(all.get(index));
        }
      }
      assertThat((Optional<?>) lookup.invoke(null, "AIS.10000")).isEmpty();
      assertThat((Optional<?>) lookup.invoke(null, "ais.00001")).isEmpty();

      ErrorCode sample = all.get(12_345);
      assertThat(sample.code()).isEqualTo("APIG.02345");
      assertThat(sample.httpStatus()).isEqualTo(OptionalInt.of(400 + 12_345 % 100));
      assertThat(sample.message(Locale.ENGLISH)).isEqualTo("Message of APIG.02345, with %s.");
      assertThat(sample.message(Locale.forLanguageTag("zh-CN"))).isEqualTo("APIG.02345 的消息：%s。");
      // Constants live in holders named by prefix, each within javac's field limit.
      Class<?> holder = loader.loadClass("com.example.big.BigErrors_APIG_02");
      assertThat(holder.getField("APIG_02345").get(null)).isSameInstanceAs(sample);
      // Documentation links and deprecation at this size too.
      assertThat(sample.documentation())
          .hasValue(URI.create("https://example.com/errors/APIG.02345"));
      ErrorCode retired = all.get(12_001);
      assertThat(retired.deprecation()).hasValue("Retired.");
      assertThat(retired.replacement()).hasValue(all.get(12_000));
      assertThat(holder.getField("APIG_02001").isAnnotationPresent(Deprecated.class)).isTrue();
      assertThat(sample.deprecation()).isEmpty();
    }

    // The reference page lists every code.
    String page = ReferencePages.page(compilation, "com.example.big", "BigErrors").orElseThrow();
    assertThat(ReferencePages.rows(page)).hasSize(SERVICES.size() * CODES_PER_SERVICE);

    // Every method a lookup runs through can be JIT-compiled. (Methods that run once per class,
    // such as static initializers and the holders' copyInto for all(), may be larger.)
    Map<String, Integer> lookupMethods = new TreeMap<>();
    MethodSizes.under(classes)
        .forEach(
            (method, size) -> {
              if (method.matches(".*\\.(find|group\\d+|entry|table)")) {
                lookupMethods.put(method, size);
              }
            });
    assertThat(lookupMethods.keySet()).containsAtLeast("BigErrors.find", "BigErrors.entry");
    lookupMethods.forEach(
        (method, size) ->
            assertWithMessage(method).that(size).isAtMost(MethodSizes.HUGE_METHOD_LIMIT));
  }

  private static String code(String service, int n) {
    return String.format(Locale.ROOT, "%s.%05d", service, n);
  }

  private static void writeTable(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# docs: https://example.com/errors/{code}\n");
      out.write("code,status,message,message@zh-CN,deprecated,replacedBy\n");
      int index = 0;
      for (String service : SERVICES) {
        for (int n = 0; n < CODES_PER_SERVICE; n++, index++) {
          String code = code(service, n);
          out.write(
              code
                  + ","
                  + (400 + index % 100)
                  + ",\"Message of "
                  + code
                  + ", with %s.\","
                  + code
                  + " 的消息：%s。"
                  + (n % 1000 == 1 ? ",Retired.," + code(service, n - 1) : ",,")
                  + "\n");
        }
      }
    }
  }
}
