package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random catalogs of hostile text compile, and every text reads back exactly through the generated
 * constants and bundles, in both locales.
 */
class TextRoundTripProperties {

  static final int TRIES = 1_000;
  private static final Locale CHINA = Locale.forLanguageTag("zh-CN");
  private static final AtomicInteger compiled = new AtomicInteger();

  @Property(tries = TRIES)
  void everyTextOfARandomCatalogRoundTripsExactly(@ForAll("catalogs") List<String> texts)
      throws Exception {
    Path work = Files.createTempDirectory("errorcatalog-property");
    try {
      List<String> codes = TrickyTexts.writeTable(work.resolve("random.json"), texts);
      Compilation compilation =
          Compilations.compile(
              List.of(Compilations.resourceDirs(work), "-Aerrorcatalog.missingTranslation=ignore"),
              Compilations.packageInfo(
                  "com.example.random", Compilations.catalog("RandomErrors", "random.json")));
      assertWithMessage("%s", compilation.diagnostics())
          .that(compilation.status())
          .isEqualTo(Compilation.Status.SUCCESS);
      compiled.incrementAndGet();
      try (URLClassLoader loader = Compilations.load(compilation, work.resolve("classes"))) {
        Class<?> type = loader.loadClass("com.example.random.RandomErrors");
        for (int i = 0; i < texts.size(); i++) {
          String text = texts.get(i);
          ErrorCode entry =
              (ErrorCode)
                  ((Optional<?>) type.getMethod("lookup", String.class).invoke(null, codes.get(i)))
                      .orElseThrow();
          assertThat(entry.message()).isEqualTo(text);
          assertThat(entry.message(CHINA)).isEqualTo(TrickyTexts.chinese(text));
          assertThat(entry.description(Locale.ENGLISH)).hasValue(text);
          assertThat(entry.solution(CHINA)).hasValue(TrickyTexts.chinese(text));
        }
      }
    } finally {
      delete(work);
    }
  }

  @AfterContainer
  static void everyTryCompiledACatalog() {
    // jqwik reports its own counts; this makes the property fail loudly if tries were skipped.
    assertThat(compiled.get()).isAtLeast(TRIES);
  }

  @Provide
  Arbitrary<List<String>> catalogs() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            Arbitraries.of(TrickyTexts.FRAGMENTS),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6),
            Arbitraries.chars().map(String::valueOf));
    Arbitrary<String> text =
        fragment
            .list()
            .ofMinSize(1)
            .ofMaxSize(10)
            .map(parts -> String.join("", parts))
            .filter(candidate -> !candidate.isBlank());
    return text.list().ofMinSize(1).ofMaxSize(4);
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
