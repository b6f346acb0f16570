package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.ErrorCode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documentation links and deprecation, from the tables to the generated constants, their Javadoc,
 * the runtime {@code ErrorCode} methods and the reference page; in a catalog of one class and in
 * one large enough for constants interfaces.
 */
class DocsAndDeprecationTest {

  @TempDir Path work;

  private static final String JSON =
      """
      {"docs": "https://example.com/errors/{code}",
       "codes": [
        {"code": "A.1", "message": "One."},
        {"code": "A:2/x", "message": "Two."},
        {"code": "A.3", "message": "Three.", "docs": "https://other.example/a3"},
        {"code": "OLD.1", "message": "Old.", "deprecated": "Retired in v2.", "replacedBy": "A.1"},
        {"code": "OLD.2", "message": "Older.", "deprecated": "Gone <b>*/ & @since"}]}
      """;

  private Compilation compile(String table, String content, String... options) throws IOException {
    Path tables = Files.createDirectories(work.resolve("tables"));
    Files.writeString(tables.resolve(table), content, StandardCharsets.UTF_8);
    List<String> all = new ArrayList<>(List.of(options));
    all.add(Compilations.resourceDirs(tables));
    return Compilations.compile(all, packageInfo("com.example.t", catalog("Errors", table)));
  }

  private Compilation loaded;
  private URLClassLoader loader;

  /** The entry of {@code code}, from one class loader per compilation, so constants compare. */
  private ErrorCode lookup(Compilation compilation, String code) throws Exception {
    if (compilation != loaded) {
      loaded = compilation;
      loader = Compilations.load(compilation, Files.createTempDirectory(work, "classes"));
    }
    Class<?> type = loader.loadClass("com.example.t.Errors");
    return (ErrorCode)
        ((Optional<?>) type.getMethod("lookup", String.class).invoke(null, code)).orElseThrow();
  }

  @Test
  void linksEveryCodeToItsPageThroughTheTemplateOrItsOwnUrl() throws Exception {
    Compilation compilation = compile("docs.json", JSON, "-Xlint:all,-processing");
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(lookup(compilation, "A.1").documentation())
        .hasValue(URI.create("https://example.com/errors/A.1"));
    // The code is percent-encoded where a URL needs it: one path segment, whatever it holds.
    assertThat(lookup(compilation, "A:2/x").documentation())
        .hasValue(URI.create("https://example.com/errors/A%3A2%2Fx"));
    assertThat(lookup(compilation, "A.3").documentation())
        .hasValue(URI.create("https://other.example/a3"));
    assertThat(compilation)
        .generatedSourceFile("com.example.t.Errors")
        .contentsAsUtf8String()
        .contains(
            "<dt>Documentation</dt>\n   * <dd><a href=\"https://example.com/errors/A.1\">"
                + "https://example.com/errors/A.1</a></dd>");
  }

  @Test
  void readsDocsAndDeprecationFromCsvMetadataAndColumns() throws Exception {
    Compilation compilation =
        compile(
            "docs.csv",
            """
            # docs: https://example.com/errors/{code}
            code,message,docs,deprecated,replacedBy
            A.1,One.,,,
            A.2,Two.,https://other.example/a2,Use A.1.,A.1
            """);
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(lookup(compilation, "A.1").documentation())
        .hasValue(URI.create("https://example.com/errors/A.1"));
    ErrorCode old = lookup(compilation, "A.2");
    assertThat(old.documentation()).hasValue(URI.create("https://other.example/a2"));
    assertThat(old.deprecation()).hasValue("Use A.1.");
    assertThat(old.replacement()).hasValue(lookup(compilation, "A.1"));
  }

  @Test
  void deprecatesTheConstantWithReasonAndLinkAndStillFindsIt() throws Exception {
    Compilation compilation = compile("docs.json", JSON, "-Xlint:all,-processing");
    assertThat(compilation).succeededWithoutWarnings();

    ErrorCode old = lookup(compilation, "OLD.1");
    assertThat(old.code()).isEqualTo("OLD.1");
    assertThat(old.deprecation()).hasValue("Retired in v2.");
    assertThat(old.replacement()).hasValue(lookup(compilation, "A.1"));
    assertThat(lookup(compilation, "OLD.2").replacement()).isEmpty();
    assertThat(lookup(compilation, "A.1").deprecation()).isEmpty();
    assertThat(lookup(compilation, "A.1").replacement()).isEmpty();
    assertThat(old.getClass().getField("OLD_1").isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(old.getClass().getField("A_1").isAnnotationPresent(Deprecated.class)).isFalse();
    String source =
        compilation
            .generatedSourceFile("com.example.t.Errors")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(source)
        .contains(
            """
               * @deprecated Retired in v2.<br>
               * Use {@link #A_1} instead.
               */
              @Deprecated
              public static final Errors OLD_1\
            """);
    // The reason is table text: it cannot end the comment or start a tag.
    assertThat(source).contains("@deprecated Gone &lt;b&gt;*&#47; &amp; &#64;since\n");
  }

  @Test
  void javacWarnsWhereUserCodeNamesADeprecatedConstant() throws IOException {
    Path tables = Files.createDirectories(work.resolve("tables"));
    Files.writeString(tables.resolve("docs.json"), JSON, StandardCharsets.UTF_8);
    Compilation compilation =
        Compilations.compile(
            List.of("-Xlint:deprecation", Compilations.resourceDirs(tables)),
            packageInfo("com.example.t", catalog("Errors", "docs.json")),
            JavaFileObjects.forSourceString(
                "com.example.use.Client",
                """
                package com.example.use;

                class Client {
                  Object current = com.example.t.Errors.A_1;
                  Object old = com.example.t.Errors.OLD_1;
                }
                """));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("OLD_1 in com.example.t.Errors has been deprecated")
        .inFile(compilation.sourceFiles().get(1))
        .onLineContaining("Errors.OLD_1");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void showsLinksAndDeprecationOnTheReferencePage() throws IOException {
    Compilation compilation = compile("docs.json", JSON);
    String page = ReferencePages.page(compilation, "com.example.t", "Errors").orElseThrow();

    assertThat(page)
        .contains(
            "<div class=\"docs\"><a href=\"https://example.com/errors/A%3A2%2Fx\">"
                + "documentation</a></div>");
    assertThat(page)
        .contains(
            "<tr id=\"OLD.1\"><th scope=\"row\" class=\"deprecated\"><a href=\"#OLD.1\">OLD.1</a>"
                + "<div class=\"docs\"><a href=\"https://example.com/errors/OLD.1\">documentation"
                + "</a></div><div class=\"deprecation\">Deprecated: Retired in v2.<br>Use"
                + " <a href=\"#A.1\">A.1</a></div></th>");
    assertThat(page).contains("Deprecated: Gone &lt;b&gt;*/ &amp; @since</div>");
  }

  /**
   * Past 2,000 codes the constants live in constants interfaces and their fields are packed: the
   * same.
   */
  @Test
  void worksInACatalogLargeEnoughForAnEntriesFile() throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "# docs: https://example.com/e/{code}\ncode,message,deprecated,replacedBy\n");
    int size = 2_500;
    for (int i = 0; i < size; i++) {
      csv.append("B.").append(i).append(",Message ").append(i).append('.');
      csv.append(i % 100 == 1 ? ",Retired.,B." + (i - 1) : ",,").append('\n');
    }
    Compilation compilation = compile("big.csv", csv.toString(), "-Xlint:all,-processing");
    assertThat(compilation).succeededWithoutWarnings();

    ErrorCode old = lookup(compilation, "B.2401");
    assertThat(old.deprecation()).hasValue("Retired.");
    assertThat(old.replacement()).hasValue(lookup(compilation, "B.2400"));
    assertThat(old.documentation()).hasValue(URI.create("https://example.com/e/B.2401"));
    assertThat(lookup(compilation, "B.2400").deprecation()).isEmpty();
    // Fields of the constants interfaces, which the catalog type inherits.
    Field retired = old.getClass().getField("B_2401");
    assertThat(retired.getDeclaringClass().isInterface()).isTrue();
    assertThat(retired.isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(old.getClass().getField("B_2400").isAnnotationPresent(Deprecated.class)).isFalse();
    String page = ReferencePages.page(compilation, "com.example.t", "Errors").orElseThrow();
    assertThat(ReferencePages.rows(page)).hasSize(size);
  }
}
