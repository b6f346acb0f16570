package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.ErrorCode;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated lookup, in both of its shapes: switches in a catalog of one class, packed tables in
 * one too large for a class. Each catalog holds codes whose {@code hashCode()} is equal ("Aa" and
 * "BB" hash alike), and is asked for codes of those hashes that it lacks.
 */
class LookupTest {

  private static final int SMALL = 1_500;
  private static final int LARGE = 6_000;

  @TempDir static Path tables;
  @TempDir static Path classes;
  private static URLClassLoader loader;

  @BeforeAll
  static void compileAndLoad() throws IOException {
    writeTable(tables.resolve("small.csv"), SMALL);
    writeTable(tables.resolve("large.csv"), LARGE);
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo(
                "com.example.lookup",
                catalog("SmallErrors", "small.csv") + "\n" + catalog("LargeErrors", "large.csv")));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.load(compilation, classes);
  }

  @AfterAll
  static void close() throws IOException {
    loader.close();
  }

  /** Eight codes of one hash: every word of three "Aa" or "BB" blocks. */
  private static List<String> sameHashCodes() {
    List<String> codes = new ArrayList<>();
    for (int bits = 0; bits < 8; bits++) {
      StringBuilder code = new StringBuilder("SAME.");
      for (int block = 2; block >= 0; block--) {
        code.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      codes.add(code.toString());
    }
    return codes;
  }

  private static List<String> codes(int size) {
    List<String> codes = new ArrayList<>(sameHashCodes().subList(0, 6));
    for (int n = 0; codes.size() < size; n++) {
      codes.add(String.format(Locale.ROOT, "%s.%04d", n % 2 == 0 ? "AIS" : "ModelArts", n));
    }
    return codes;
  }

  private static void writeTable(Path file, int size) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("code,message\n");
      for (String code : codes(size)) {
        out.write(code + ",Message of " + code + "\n");
      }
    }
  }

  private static Optional<?> lookup(String catalog, String code) throws Exception {
    Method lookup =
        loader.loadClass("com.example.lookup." + catalog).getMethod("lookup", String.class);
    // A fresh string, so that its hash is computed as for a code parsed from a response.
    return (Optional<?>) lookup.invoke(null, code == null ? null : new String(code.toCharArray()));
  }

  @SuppressWarnings("unchecked")
  private static List<ErrorCode> all(String catalog) throws Exception {
    return (List<ErrorCode>)
        loader.loadClass("com.example.lookup." + catalog).getMethod("all").invoke(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SmallErrors", "LargeErrors"})
  void findsEveryCodeIncludingCodesThatShareAHash(String catalog) throws Exception {
    List<ErrorCode> all = all(catalog);
    assertThat(all.stream().map(ErrorCode::code).toList())
        .isEqualTo(codes(catalog.equals("SmallErrors") ? SMALL : LARGE));
    for (ErrorCode entry : all) {
      Optional<?> found = lookup(catalog, entry.code());
      assertThat(found.isPresent()).isTrue();
      assertThat(found.get()).isSameInstanceAs(entry);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"SmallErrors", "LargeErrors"})
  void missesCodesItLacksEvenWithTheHashOfCodesItHas(String catalog) throws Exception {
    for (String absent : sameHashCodes().subList(6, 8)) {
      assertThat(lookup(catalog, absent)).isEmpty();
    }
    for (String absent :
        List.of(
            "AIS.9999",
            "ais.0000",
            "AIS.0000 ",
            "",
            "MODELARTS.0001",
            "AIS.00000",
            "X",
            "SAME.",
            "SAME.AaAaAaAa")) {
      assertThat(lookup(catalog, absent)).isEmpty();
    }
    assertThat(lookup(catalog, null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SmallErrors", "LargeErrors"})
  void missesEveryCodeOfAnotherCatalog(String catalog) throws Exception {
    // The other catalog's codes past this one's size: same shapes, none of them here.
    int size = catalog.equals("SmallErrors") ? SMALL : LARGE;
    List<String> longer = codes(size + 2_000);
    for (String absent : longer.subList(size, longer.size())) {
      assertThat(lookup(catalog, absent)).isEmpty();
    }
  }
}
