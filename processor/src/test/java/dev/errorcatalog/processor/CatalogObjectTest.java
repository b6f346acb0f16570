package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.processor.model.CodeSyntax;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog as an object ({@code NAME.CATALOG}, a {@link Catalog}) and its code strings ({@code
 * NAME.Codes}), compiled and loaded: the object describes its table and answers as the type's
 * static methods do, and the code strings are constants that {@code switch} labels and annotation
 * attributes accept, also in a catalog whose constants live in constants interfaces.
 */
class CatalogObjectTest {

  @TempDir Path classes;
  @TempDir Path tables;

  /** A class that uses code strings where only compile-time constants are allowed. */
  private static final String RETRY =
      """
      package com.example.cloud;

      public final class Retry {
        @interface Handles {
          String[] value();
        }

        private Retry() {}

        @Handles({OcrErrors.Codes.AIS_0101, OcrErrors.Codes.MODELARTS_4101})
        public static String decide(String code) {
          return switch (code) {
            case OcrErrors.Codes.AIS_0101 -> "fix the input";
            case OcrErrors.Codes.MODELARTS_4101, VasErrors.Codes.VAS_0001 -> "retry";
            default -> "give up";
          };
        }
      }
      """;

  @Test
  void catalogDescribesItsFirstTableAndAnswersAsTheType() throws Exception {
    Compilation compilation =
        Compilations.compile(
            List.of("-Aerrorcatalog.missingTranslation=ignore"),
            packageInfo(
                "com.example.cloud",
                catalog("OcrErrors", "errorcatalog/test/ocr-small.json")
                    + "\n"
                    + catalog(
                        "PlainErrors",
                        "/errorcatalog/test/no-status.csv",
                        "errorcatalog/test/vas-small.csv")));
    assertThat(compilation).succeededWithoutWarnings();

    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      Class<?> type = loader.loadClass("com.example.cloud.OcrErrors");
      Catalog<?> ocr = catalogOf(type);
      assertThat(ocr.id()).isEqualTo("ocr");
      assertThat(ocr.title()).hasValue("OCR error codes (test excerpt)");
      assertThat(ocr.source())
          .hasValue("https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html");
      assertThat(ocr.note())
          .hasValue("If other error codes cannot be rectified, contact technical support.");
      assertThat(ocr.defaultLocale()).isEqualTo(Locale.ENGLISH);
      assertThat(ocr.locales())
          .containsExactly(Locale.ENGLISH, Locale.forLanguageTag("zh-CN"))
          .inOrder();
      assertThat(ocr.bundleBaseName()).isEqualTo("com.example.cloud.OcrErrors");
      assertThat(ocr.entries()).isSameInstanceAs(type.getMethod("all").invoke(null));
      assertThat(ocr.lookup("ModelArts.4101").orElseThrow())
          .isSameInstanceAs(type.getField("MODELARTS_4101").get(null));
      assertThat(ocr.lookup("modelarts.4101")).isEmpty();
      assertThat(ocr.lookup(null)).isEmpty();
      assertThat(ocr.toString()).isEqualTo("Catalog ocr (com.example.cloud.OcrErrors)");

      // Two tables: the first one names the catalog and gives (here: no) title.
      Catalog<?> plain = catalogOf(loader.loadClass("com.example.cloud.PlainErrors"));
      assertThat(plain.id()).isEqualTo("no-status");
      assertThat(plain.title()).isEmpty();
      assertThat(plain.source()).isEmpty();
      assertThat(plain.note()).isEmpty();
      assertThat(plain.entries().stream().map(ErrorCode::catalog).distinct().toList())
          .containsExactly("no-status", "vas-small")
          .inOrder();
      assertThat(plain.lookup("VAS.0001").orElseThrow().catalog()).isEqualTo("vas-small");
    }
  }

  @Test
  void providerIsAPublicNoArgumentClassEqualToTheCatalogAndGivesItOnTheModulePath()
      throws Exception {
    Compilation compilation =
        Compilations.compile(
            packageInfo(
                "com.example.plain", catalog("PlainErrors", "errorcatalog/test/no-status.csv")));
    assertThat(compilation).succeededWithoutWarnings();

    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      Class<?> type = loader.loadClass("com.example.plain.PlainErrors");
      Class<?> provider = loader.loadClass("com.example.plain.PlainErrors$Provider");
      assertThat(Modifier.isPublic(provider.getModifiers())).isTrue();
      Object created = provider.getConstructor().newInstance();
      Object catalog = type.getField("CATALOG").get(null);
      assertThat(created).isInstanceOf(Catalog.class);
      assertThat(created).isEqualTo(catalog);
      assertThat(created.hashCode()).isEqualTo(catalog.hashCode());
      assertThat(provider.getMethod("provider").invoke(null)).isSameInstanceAs(catalog);
    }
  }

  @Test
  void codesAreConstantsForSwitchLabelsAndAnnotationAttributes() throws Exception {
    Compilation compilation =
        Compilations.compile(
            List.of("-Aerrorcatalog.missingTranslation=ignore"),
            packageInfo(
                "com.example.cloud",
                catalog("OcrErrors", "errorcatalog/test/ocr-small.json")
                    + "\n"
                    + catalog("VasErrors", "errorcatalog/test/vas-small.csv")),
            JavaFileObjects.forSourceString("com.example.cloud.Retry", RETRY));
    assertThat(compilation).succeededWithoutWarnings();

    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      Method decide = loader.loadClass("com.example.cloud.Retry").getMethod("decide", String.class);
      assertThat(decide.invoke(null, "AIS.0101")).isEqualTo("fix the input");
      assertThat(decide.invoke(null, "ModelArts.4101")).isEqualTo("retry");
      assertThat(decide.invoke(null, "VAS.0001")).isEqualTo("retry");
      assertThat(decide.invoke(null, "AIS.0102")).isEqualTo("give up");
      assertCodesMatchEntries(loader.loadClass("com.example.cloud.OcrErrors"));
      assertCodesMatchEntries(loader.loadClass("com.example.cloud.VasErrors"));
    }
  }

  @Test
  void codesStayConstantsInACatalogWhoseConstantsAreInInterfaces() throws Exception {
    int size = 2_500; // past 2,000 codes, the constants move to interfaces
    StringBuilder table = new StringBuilder("code,message\n");
    for (int n = 0; n < size; n++) {
      table.append("SW.").append(n).append(",Message ").append(n).append('\n');
    }
    Files.writeString(tables.resolve("big.csv"), table, StandardCharsets.UTF_8);
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo("com.example.big", catalog("BigErrors", "big.csv")),
            JavaFileObjects.forSourceString(
                "com.example.big.Pick",
                """
                package com.example.big;

                public final class Pick {
                  private Pick() {}

                  public static int pick(String code) {
                    switch (code) {
                      case BigErrors.Codes.SW_0:
                        return 0;
                      case BigErrors.Codes.SW_1999:
                        return 1999;
                      case BigErrors.Codes.SW_2499:
                        return 2499;
                      default:
                        return -1;
                    }
                  }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();

    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      // The constants are in constants interfaces, the code strings all in Codes.
      assertThat(
              loader
                  .loadClass("com.example.big.BigErrors")
                  .getField("SW_1999")
                  .getDeclaringClass()
                  .isInterface())
          .isTrue();
      Method pick = loader.loadClass("com.example.big.Pick").getMethod("pick", String.class);
      assertThat(pick.invoke(null, "SW.1999")).isEqualTo(1999);
      assertThat(pick.invoke(null, "SW.2499")).isEqualTo(2499);
      assertThat(pick.invoke(null, "SW.2500")).isEqualTo(-1);
      Class<?> type = loader.loadClass("com.example.big.BigErrors");
      assertCodesMatchEntries(type);
      assertThat(catalogOf(type).entries()).hasSize(size);
    }
  }

  @Test
  void namesEachCodeStringAsTheConstantOfItsCode() throws Exception {
    Files.writeString(
        tables.resolve("mixed.csv"),
        "code,message\nModelArts.4101,One.\n404,Two.\nA-b:c/d,Three.\n");
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo("com.example.mixed", catalog("MixedErrors", "mixed.csv")));
    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      Class<?> codes = loader.loadClass("com.example.mixed.MixedErrors$Codes");
      assertThat(codes.getField("MODELARTS_4101").get(null)).isEqualTo("ModelArts.4101");
      assertThat(codes.getField("_404").get(null)).isEqualTo("404");
      assertThat(codes.getField("A_B_C_D").get(null)).isEqualTo("A-b:c/d");
    }
  }

  @Test
  void keepsATableNoteLongerThanAStringConstantCanHold() throws Exception {
    // 40,000 CJK characters and an emoji astride the first split: 120 KB of UTF-8.
    String note = "\u7801".repeat(16_383) + "\ud83d\ude00" + "\u7801".repeat(23_615);
    Files.writeString(
        tables.resolve("long.csv"),
        "# note: " + note + "\ncode,message\nA.1,One.\n",
        StandardCharsets.UTF_8);
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo("com.example.note", catalog("NoteErrors", "long.csv")));
    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      assertThat(catalogOf(loader.loadClass("com.example.note.NoteErrors")).note()).hasValue(note);
    }
  }

  /** Every entry's constant name is a field of {@code Codes} holding the entry's code. */
  private static void assertCodesMatchEntries(Class<?> type) throws ReflectiveOperationException {
    Class<?> codes = type.getClassLoader().loadClass(type.getName() + "$Codes");
    List<?> all = (List<?>) type.getMethod("all").invoke(null);
    int constants = 0;
    for (Field field : codes.getFields()) {
      assertThat(field.getType()).isEqualTo(String.class);
      assertThat(Modifier.isFinal(field.getModifiers())).isTrue();
      Optional<?> entry = catalogOf(type).lookup((String) field.get(null));
      assertThat(entry).isPresent();
      constants++;
    }
    assertThat(constants).isEqualTo(all.size());
    for (Object entry : all) {
      String code = ((ErrorCode) entry).code();
      assertThat(codes.getField(CodeSyntax.constantName(code)).get(null)).isEqualTo(code);
    }
  }

  private static Catalog<?> catalogOf(Class<?> type) throws ReflectiveOperationException {
    return (Catalog<?>) type.getField("CATALOG").get(null);
  }
}
