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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Random catalogs of hostile text compile, and every text reads back exactly through the generated
 * constants and bundles, in both locales.
 *
 * <p>A property on JUnit 5 alone: each try is a dynamic test named with its number and its seed,
 * and builds its catalog from a {@link SplittableRandom} of that seed only. A failure names the
 * seed and the flags that rerun exactly that catalog; without flags each run starts from a new base
 * seed, printed as a report entry, so that runs explore different catalogs.
 */
class TextRoundTripProperties {

  /** How many random catalogs a default build compiles. */
  static final int DEFAULT_TRIES = 1_000;

  /** System property: the seed of the first try (the next tries use the following seeds). */
  static final String SEED_PROPERTY = "errorcatalog.propertySeed";

  /** System property: how many tries to run. */
  static final String TRIES_PROPERTY = "errorcatalog.propertyTries";

  private static final Locale CHINA = Locale.forLanguageTag("zh-CN");

  @TestFactory
  Stream<DynamicTest> everyTextOfARandomCatalogRoundTripsExactly(TestReporter reporter) {
    long baseSeed = Long.getLong(SEED_PROPERTY, new SplittableRandom().nextLong());
    int tries = Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES);
    reporter.publishEntry("tries", String.valueOf(tries));
    reporter.publishEntry("seed", String.valueOf(baseSeed));
    return LongStream.range(0, tries)
        .mapToObj(
            i -> {
              long seed = baseSeed + i;
              return DynamicTest.dynamicTest(
                  "try " + (i + 1) + " of " + tries + ", seed " + seed, () -> check(seed));
            });
  }

  private static void check(long seed) throws Exception {
    List<String> texts = randomCatalog(new SplittableRandom(seed));
    try {
      roundTrips(texts);
    } catch (AssertionError | Exception e) {
      throw new AssertionError(
          "random catalog of seed "
              + seed
              + " fails; rerun it alone with -D"
              + SEED_PROPERTY
              + "="
              + seed
              + " -D"
              + TRIES_PROPERTY
              + "=1 (texts: "
              + TrickyTexts.javaLiterals(texts)
              + ")",
          e);
    }
  }

  private static void roundTrips(List<String> texts) throws Exception {
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

  /** One to four texts, each one to ten random fragments and never blank. */
  static List<String> randomCatalog(SplittableRandom random) {
    int size = 1 + random.nextInt(4);
    List<String> texts = new ArrayList<>();
    while (texts.size() < size) {
      StringBuilder text = new StringBuilder();
      int fragments = 1 + random.nextInt(10);
      for (int i = 0; i < fragments; i++) {
        text.append(fragment(random));
      }
      if (!text.toString().isBlank()) {
        texts.add(text.toString());
      }
    }
    return texts;
  }

  /** A tricky fragment, a short run of printable ASCII, or any one char (lone surrogates too). */
  private static String fragment(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> TrickyTexts.FRAGMENTS.get(random.nextInt(TrickyTexts.FRAGMENTS.size()));
      case 1 -> {
        StringBuilder ascii = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
          ascii.append((char) random.nextInt(' ', '~' + 1));
        }
        yield ascii.toString();
      }
      default -> String.valueOf((char) random.nextInt(Character.MAX_VALUE + 1));
    };
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
