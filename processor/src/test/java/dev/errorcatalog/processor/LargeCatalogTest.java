package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.processor.generate.GeneratedLineLengthTest;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

  /** The codes the consumer class names, as {@code BigErrors.NAME}. */
  static final List<String> NAMED = randomCodes(new Random(1_000), 1_000);

  private static final Locale CHINA = Locale.forLanguageTag("zh-CN");

  @TempDir static Path tables;
  @TempDir static Path classes;
  private static URLClassLoader loader;
  private static List<JavaFileObject> generatedSources;
  private static String referencePage;
  private static Class<?> type;
  private static Method lookup;

  @BeforeAll
  static void compileTheCatalogAndAConsumerOfIt() throws IOException, ReflectiveOperationException {
    writeTable(tables.resolve("big.csv"), CODES_PER_SERVICE);
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo("com.example.big", catalog("BigErrors", "big.csv")),
            consumerNaming(NAMED),
            JavaFileObjects.forSourceString("com.example.big.Pick", PICK));
    assertThat(compilation).succeededWithoutWarnings();
    generatedSources = compilation.generatedSourceFiles();
    referencePage = ReferencePages.page(compilation, "com.example.big", "BigErrors").orElseThrow();
    loader = Compilations.load(compilation, classes);
    type = loader.loadClass("com.example.big.BigErrors");
    lookup = type.getMethod("lookup", String.class);
  }

  @AfterAll
  static void close() throws IOException {
    loader.close();
  }

  private static ErrorCode lookup(String code) throws ReflectiveOperationException {
    // A fresh string, so that its hash is computed as for a code parsed from a response.
    return (ErrorCode)
        ((Optional<?>) lookup.invoke(null, new String(code.toCharArray()))).orElse(null);
  }

  @Test
  void resolvesEveryCodeToItsEntryOfAll() throws ReflectiveOperationException {
    @SuppressWarnings("unchecked")
    List<ErrorCode> all = (List<ErrorCode>) type.getMethod("all").invoke(null);
    assertThat(all).hasSize(SERVICES.size() * CODES_PER_SERVICE);

    int index = 0;
    for (String service : SERVICES) {
      for (int n = 0; n < CODES_PER_SERVICE; n++, index++) {
        String code = code(service, n);
        ErrorCode entry = lookup(code);
        assertWithMessage(code).that(entry).isSameInstanceAs(all.get(index));
        assertThat(entry.code()).isEqualTo(code);
        // Every message holder, each read on its first message in zh-CN.
        assertWithMessage(code).that(entry.message(CHINA)).isEqualTo(code + " 的消息：%s。");
      }
    }
    assertThat(lookup("AIS.10000")).isNull();
    assertThat(lookup("ais.00001")).isNull();
    assertThat(lookup("AIS.00001 ")).isNull();

    ErrorCode sample = all.get(12_345);
    assertThat(sample.code()).isEqualTo("APIG.02345");
    assertThat(sample.httpStatus()).isEqualTo(OptionalInt.of(400 + 12_345 % 100));
    assertThat(sample.message(Locale.ENGLISH)).isEqualTo("Message of APIG.02345, with %s.");
    assertThat(sample.message(Locale.forLanguageTag("zh-CN"))).isEqualTo("APIG.02345 的消息：%s。");
  }

  @Test
  void constantsNamedFromAnotherPackageAreTheEntriesLookupReturns()
      throws ReflectiveOperationException {
    Class<?> consumer = loader.loadClass("com.example.use.Consumer");
    Object[] constants = (Object[]) consumer.getField("NAMED").get(null);

    assertThat(constants).hasLength(NAMED.size());
    for (int i = 0; i < NAMED.size(); i++) {
      ErrorCode entry = lookup(NAMED.get(i));
      assertWithMessage(NAMED.get(i)).that(constants[i]).isSameInstanceAs(entry);
      assertThat(type.getField(constantName(NAMED.get(i))).get(null)).isSameInstanceAs(entry);
    }
  }

  @Test
  void completesExactlyTheConstantsWithThePrefix() throws URISyntaxException {
    Set<String> expected = new TreeSet<>();
    for (int n = 120; n < 130; n++) {
      expected.add(constantName(code("ModelArts", n)));
    }

    assertThat(Completions.at(classes, "com.example.big.BigErrors.MODELARTS_0012"))
        .containsExactlyElementsIn(expected);
  }

  @Test
  void codeStringsAreConstantsForSwitchLabelsAndAnnotations() throws ReflectiveOperationException {
    // Code strings of the first, a middle and the last part.
    Method pick = loader.loadClass("com.example.big.Pick").getMethod("pick", String.class);
    assertThat(pick.invoke(null, "AIS.00000")).isEqualTo(1);
    assertThat(pick.invoke(null, "ModelArts.05000")).isEqualTo(2);
    assertThat(pick.invoke(null, "RDS.09999")).isEqualTo(3);
    assertThat(pick.invoke(null, "RDS.09998")).isEqualTo(0);
    Class<?> codes = loader.loadClass("com.example.big.BigErrors$Codes");
    assertThat(codes.getFields()).hasLength(SERVICES.size() * CODES_PER_SERVICE);
    assertThat(codes.getField("APIG_02345").get(null)).isEqualTo("APIG.02345");
  }

  @Test
  void documentationLinksAndDeprecationHoldAtThisSize() throws ReflectiveOperationException {
    ErrorCode sample = lookup("APIG.02345");
    assertThat(sample.documentation())
        .hasValue(URI.create("https://example.com/errors/APIG.02345"));
    assertThat(sample.deprecation()).isEmpty();
    assertThat(sample.replacement()).isEmpty();

    ErrorCode retired = lookup("APIG.02001");
    assertThat(retired.deprecation()).hasValue("Retired.");
    assertThat(retired.replacement()).hasValue(lookup("APIG.02000"));
    // The constant is a field of a constants interface, inherited by the catalog type.
    assertThat(type.getField("APIG_02001").isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(type.getField("APIG_02345").isAnnotationPresent(Deprecated.class)).isFalse();
  }

  @Test
  void referencePageListsEveryCode() {
    assertThat(ReferencePages.rows(referencePage)).hasSize(SERVICES.size() * CODES_PER_SERVICE);
  }

  @Test
  void generatedLinesStayWithin100Columns() throws IOException {
    for (JavaFileObject source : generatedSources) {
      assertWithMessage("lines over 100 columns in %s", source.getName())
          .that(GeneratedLineLengthTest.overlongLines(source.getCharContent(true).toString()))
          .isEmpty();
    }
  }

  @Test
  void everyMethodALookupRunsThroughCanBeJitCompiled() {
    // Methods that run once per class, such as static initializers and the collect of all(), may
    // be larger.
    Map<String, Integer> lookupMethods = new TreeMap<>();
    MethodSizes.under(classes)
        .forEach(
            (method, size) -> {
              if (method.matches(".*\\.(find|entry)")) {
                lookupMethods.put(method, size);
              }
            });
    assertThat(lookupMethods.keySet()).containsAtLeast("BigErrors.find", "BigErrors.entry");
    lookupMethods.forEach(
        (method, size) ->
            assertWithMessage(method).that(size).isAtMost(MethodSizes.HUGE_METHOD_LIMIT));
  }

  /** Uses code strings of a 100,000-code catalog where only constants are allowed. */
  static final String PICK =
      """
      package com.example.big;

      public final class Pick {
        @interface Handles {
          String value();
        }

        private Pick() {}

        @Handles(BigErrors.Codes.RDS_09999)
        public static int pick(String code) {
          return switch (code) {
            case BigErrors.Codes.AIS_00000 -> 1;
            case BigErrors.Codes.MODELARTS_05000 -> 2;
            case BigErrors.Codes.RDS_09999 -> 3;
            default -> 0;
          };
        }
      }
      """;

  static String constantName(String code) {
    return code.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** {@code count} distinct codes of the table, drawn at random. */
  static List<String> randomCodes(Random random, int count) {
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      codes.add(
          code(SERVICES.get(random.nextInt(SERVICES.size())), random.nextInt(CODES_PER_SERVICE)));
    }
    return List.copyOf(codes);
  }

  /** A class of another package whose array {@code NAMED} names the constants of {@code codes}. */
  static JavaFileObject consumerNaming(List<String> codes) {
    StringBuilder source =
        new StringBuilder(
            """
            package com.example.use;

            import com.example.big.BigErrors;

            public final class Consumer {
              public static final BigErrors[] NAMED = {
            """);
    for (String code : codes) {
      source.append("    BigErrors.").append(constantName(code)).append(",\n");
    }
    source.append("  };\n\n  private Consumer() {}\n}\n");
    return JavaFileObjects.forSourceString("com.example.use.Consumer", source.toString());
  }

  static String code(String service, int n) {
    return String.format(Locale.ROOT, "%s.%05d", service, n);
  }

  /** A table of {@code perService} codes of each service, in English and Chinese. */
  static void writeTable(Path file, int perService) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# docs: https://example.com/errors/{code}\n");
      out.write("code,status,message,message@zh-CN,deprecated,replacedBy\n");
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
                  + " 的消息：%s。"
                  + (n % 1000 == 1 ? ",Retired.," + code(service, n - 1) : ",,")
                  + "\n");
        }
      }
    }
  }
}
