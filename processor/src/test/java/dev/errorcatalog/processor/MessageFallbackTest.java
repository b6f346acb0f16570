package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.runtime.CatalogBundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code message(Locale)} answers from the texts compiled into the catalog, without loading a
 * resource bundle, exactly as the catalog's bundles answer through {@link CatalogBundles}: for
 * every code, with translations missing here and there, in one class and in a large catalog, for a
 * catalog whose default locale is not English, and whatever the JVM's default locale.
 */
class MessageFallbackTest {

  /** The locales asked for: the catalogs' own, their relatives, others, root and {@code null}. */
  private static final List<Locale> ASKED =
      Collections.unmodifiableList(
          Arrays.asList(
              Locale.ENGLISH,
              Locale.US,
              Locale.forLanguageTag("zh-CN"),
              Locale.forLanguageTag("zh"),
              Locale.forLanguageTag("zh-Hans-CN"),
              Locale.forLanguageTag("zh-Hans"),
              Locale.forLanguageTag("zh-TW"),
              Locale.forLanguageTag("zh-Hant-TW"),
              Locale.forLanguageTag("zh-SG"),
              Locale.FRENCH,
              Locale.CANADA_FRENCH,
              Locale.GERMAN,
              Locale.JAPAN,
              Locale.ROOT,
              null));

  private static final Locale JVM_DEFAULT = Locale.getDefault();

  @TempDir static Path tables;
  @TempDir static Path classes;

  private static URLClassLoader loader;

  @BeforeAll
  static void compileAndLoad() throws IOException {
    // Translations missing in a pattern that differs per locale, and a row with none at all.
    write(
        "world.csv",
        "code,status,message,message@zh-CN,message@zh,message@zh-TW,message@fr",
        40,
        n ->
            String.join(
                ",",
                "W." + n,
                "400",
                "World " + n,
                n % 2 == 0 ? "\u4e16\u754c" + n : "",
                n % 3 == 0 ? "\u4e2d\u6587" + n : "",
                n % 5 == 0 ? "\u7e41\u9ad4" + n : "",
                n % 7 == 0 ? "Monde " + n : ""));
    // Past 2,000 codes: a large catalog, with three message holders.
    write(
        "large.csv",
        "code,message,message@zh-CN,message@zh,message@fr",
        2_500,
        n ->
            String.join(
                ",",
                "P." + n,
                "Part " + n,
                n % 4 != 1 ? "\u90e8\u5206" + n : "",
                n % 3 == 0 ? "\u4e2d" + n : "",
                n % 11 == 0 ? "Partie " + n : ""));
    // A default locale other than English: zh-CN is the root bundle, which zh outranks.
    write(
        "china.csv",
        "code,message,message@en,message@zh",
        30,
        n ->
            String.join(
                ",",
                "C." + n,
                "\u4e2d\u56fd" + n,
                n % 2 == 0 ? "China " + n : "",
                n % 3 == 0 ? "\u4e2d" + n : ""));

    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables), "-Aerrorcatalog.missingTranslation=ignore"),
            Compilations.packageInfo(
                "com.example.texts",
                catalog("WorldErrors", "world.csv")
                    + "\n"
                    + catalog("LargeErrors", "large.csv")
                    + "\n@dev.errorcatalog.ErrorCatalog(name = \"ChinaErrors\","
                    + " sources = \"china.csv\", defaultLocale = \"zh-CN\")"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.generatedNames(compilation))
        .contains("mem:///CLASS_OUTPUT/com/example/texts/LargeErrors.entries");
    Compilations.load(compilation, classes).close();
    loader = new RecordingLoader(classes);
  }

  @AfterAll
  static void close() throws IOException {
    loader.close();
  }

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(JVM_DEFAULT);
  }

  @Test
  void answersEveryCodeAsTheBundlesDoWithTranslationsMissing() throws Exception {
    assertAnswersAsTheBundles("WorldErrors");
  }

  @Test
  void answersEveryCodeOfALargeCatalogAsTheBundlesDo() throws Exception {
    assertAnswersAsTheBundles("LargeErrors");
  }

  @Test
  void answersEveryCodeOfACatalogWithAChineseDefaultAsTheBundlesDo() throws Exception {
    assertAnswersAsTheBundles("ChinaErrors");
    ErrorCode second = all("ChinaErrors").get(3);
    // The root bundle is zh-CN: asked for zh-CN, the zh bundle answers first, as getBundle does.
    assertThat(second.message(Locale.forLanguageTag("zh-CN"))).isEqualTo("\u4e2d3");
    assertThat(second.message(Locale.ENGLISH)).isEqualTo("\u4e2d\u56fd3");
  }

  @Test
  void neverFallsBackToTheJvmDefaultLocale() throws Exception {
    Locale.setDefault(Locale.forLanguageTag("zh-TW"));
    assertAnswersAsTheBundles("WorldErrors");
    ErrorCode five = all("WorldErrors").get(5);
    assertThat(five.message(Locale.FRENCH)).isEqualTo("World 5");
    assertThat(five.message(Locale.forLanguageTag("zh-TW"))).isEqualTo("\u7e41\u9ad45");
  }

  @Test
  void readsNoResourceBundle() throws Exception {
    // A loader of its own, on which no bundle is cached yet.
    try (RecordingLoader fresh = new RecordingLoader(classes)) {
      for (String name : List.of("WorldErrors", "LargeErrors", "ChinaErrors")) {
        for (ErrorCode entry : all(fresh, name)) {
          for (Locale locale : ASKED) {
            assertThat(entry.message(locale)).isNotEmpty();
          }
        }
      }
      // The large catalog's entries file (asked for by name, then opened); no bundle.
      assertThat(Set.copyOf(fresh.resourcesAsked))
          .containsExactly("com/example/texts/LargeErrors.entries");

      // What a bundle read would have shown.
      ResourceBundle.getBundle("com.example.texts.WorldErrors", Locale.FRENCH, fresh);
      assertThat(fresh.resourcesAsked).contains("com/example/texts/WorldErrors_fr.properties");
    }
  }

  /**
   * For every entry and every asked locale, {@code message(Locale)} is what the catalog's bundles
   * give through {@link CatalogBundles}, as the generated code read them before, or else the
   * default locale's message.
   */
  private static void assertAnswersAsTheBundles(String name) throws Exception {
    String baseName = "com.example.texts." + name;
    CatalogBundles bundles =
        new CatalogBundles(baseName, locale -> ResourceBundle.getBundle(baseName, locale, loader));
    List<ErrorCode> all = all(name);
    assertThat(all).isNotEmpty();
    int translated = 0;
    for (ErrorCode entry : all) {
      for (Locale locale : ASKED) {
        String text = bundles.text(locale, entry.code());
        String expected = text != null ? text : entry.message();
        assertWithMessage("%s in %s", entry.code(), locale)
            .that(entry.message(locale))
            .isEqualTo(expected);
        if (!expected.equals(entry.message())) {
          translated++;
        }
      }
    }
    assertThat(translated).isGreaterThan(all.size());
  }

  private static List<ErrorCode> all(String name) throws ReflectiveOperationException {
    return all(loader, name);
  }

  @SuppressWarnings("unchecked")
  private static List<ErrorCode> all(ClassLoader from, String name)
      throws ReflectiveOperationException {
    return (List<ErrorCode>)
        from.loadClass("com.example.texts." + name).getMethod("all").invoke(null);
  }

  private interface Row {
    String of(int n);
  }

  private static void write(String file, String header, int rows, Row row) throws IOException {
    try (Writer out = Files.newBufferedWriter(tables.resolve(file), StandardCharsets.UTF_8)) {
      out.write(header + "\n");
      for (int n = 0; n < rows; n++) {
        out.write(row.of(n) + "\n");
      }
    }
  }

  /** Loads the compiled catalogs, and records every resource asked for besides class files. */
  private static final class RecordingLoader extends URLClassLoader {

    final List<String> resourcesAsked = Collections.synchronizedList(new ArrayList<>());

    RecordingLoader(Path directory) throws MalformedURLException {
      super(new URL[] {directory.toUri().toURL()}, MessageFallbackTest.class.getClassLoader());
    }

    @Override
    public URL getResource(String name) {
      record(name);
      return super.getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      record(name);
      return super.getResourceAsStream(name);
    }

    private void record(String name) {
      if (!name.endsWith(".class")) {
        resourcesAsked.add(name);
      }
    }

    @Override
    public String toString() {
      return "RecordingLoader";
    }
  }
}
