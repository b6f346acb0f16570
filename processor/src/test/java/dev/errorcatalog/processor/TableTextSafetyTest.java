package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No text in a table becomes code: every tricky text compiles, reads back exactly through the
 * generated API and bundles, and leaves the generated Javadoc valid for doclint. Twice: in a
 * catalog of one class, whose constants are string literals, and in one too large for a class,
 * whose entries file holds its entries' fields as UTF-8 or, with a lone surrogate, UTF-16.
 */
class TableTextSafetyTest {

  private static final Locale CHINA = Locale.forLanguageTag("zh-CN");

  @TempDir static Path work;
  private static Compilation compilation;
  private static List<String> codes;
  private static List<String> largeTexts;
  private static List<String> largeCodes;
  private static URLClassLoader loader;

  @BeforeAll
  static void compileTrickyCatalog() throws IOException {
    Path tables = Files.createDirectories(work.resolve("tables"));
    codes = TrickyTexts.writeTable(tables.resolve("tricky.json"), TrickyTexts.ALL);
    largeTexts = new ArrayList<>();
    while (largeTexts.size() <= 2_000) {
      largeTexts.addAll(TrickyTexts.ALL);
    }
    largeCodes = TrickyTexts.writeTable(tables.resolve("large-tricky.json"), largeTexts);
    compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo(
                "com.example.tricky",
                catalog("TrickyErrors", "tricky.json")
                    + "\n"
                    + catalog("LargeTrickyErrors", "large-tricky.json")));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.load(compilation, Files.createDirectories(work.resolve("classes")));
  }

  @Test
  void readsEveryTrickyTextBackExactlyInEveryLocale() throws Exception {
    assertReadsBack("TrickyErrors", codes, TrickyTexts.ALL);
  }

  @Test
  void readsEveryTrickyTextBackFromTheEntriesFileOfALargeCatalog() throws Exception {
    assertThat(
            loader.loadClass("com.example.tricky.LargeTrickyErrors").getMethod("all").invoke(null))
        .isInstanceOf(List.class);
    assertThat(
            compilation.generatedFiles().stream()
                .anyMatch(file -> file.getName().endsWith("/LargeTrickyErrors.entries")))
        .isTrue();
    assertReadsBack("LargeTrickyErrors", largeCodes, largeTexts);
  }

  private static void assertReadsBack(String catalog, List<String> codes, List<String> texts)
      throws Exception {
    Class<?> type = loader.loadClass("com.example.tricky." + catalog);
    for (int i = 0; i < codes.size(); i++) {
      String text = texts.get(i);
      ErrorCode entry =
          (ErrorCode)
              ((Optional<?>) type.getMethod("lookup", String.class).invoke(null, codes.get(i)))
                  .orElseThrow();
      assertWithMessage("message() of %s", codes.get(i)).that(entry.message()).isEqualTo(text);
      assertThat(entry.code()).isEqualTo(codes.get(i));
      assertThat(entry.catalog()).isEqualTo("tricky */ \\u002a/ catalog");
      assertThat(entry.httpStatus()).isEqualTo(java.util.OptionalInt.of(400));
      assertThat(entry.message(Locale.ENGLISH)).isEqualTo(text);
      assertThat(entry.message(CHINA)).isEqualTo(TrickyTexts.chinese(text));
      assertThat(entry.description(Locale.ENGLISH)).hasValue(text);
      assertThat(entry.description(CHINA)).hasValue(TrickyTexts.chinese(text));
      assertThat(entry.solution(Locale.ROOT)).hasValue(text);
      assertThat(entry.solution(CHINA)).hasValue(TrickyTexts.chinese(text));
    }
  }

  @Test
  void showsEveryTrickyTextOnTheReferencePageAsTextOnly() throws IOException {
    assertPageShows("TrickyErrors", codes, TrickyTexts.ALL);
    assertPageShows("LargeTrickyErrors", largeCodes, largeTexts);
  }

  // One row per code, in table order, and in each row message, description and solution in en,
  // then in zh-CN: the page's structure survived every text.
  private static void assertPageShows(String catalog, List<String> codes, List<String> texts)
      throws IOException {
    String page = ReferencePages.page(compilation, "com.example.tricky", catalog).orElseThrow();
    Map<String, List<String>> rows = ReferencePages.rows(page);
    assertThat(rows.keySet()).containsExactlyElementsIn(codes).inOrder();
    for (int i = 0; i < codes.size(); i++) {
      String en = ReferencePages.shown(texts.get(i));
      String zh = ReferencePages.shown(TrickyTexts.chinese(texts.get(i)));
      assertWithMessage("texts of %s on the page of %s", codes.get(i), catalog)
          .that(rows.get(codes.get(i)))
          .containsExactly(en, en, en, zh, zh, zh)
          .inOrder();
    }
    assertThat(page).doesNotContain("<script>alert");
    assertThat(page.split("<script>", -1)).hasLength(2);
    assertThat(page.split("</tr>", -1)).hasLength(codes.size() + 2);
  }

  @Test
  void keepsEveryGeneratedFilePureAscii() throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.toUri().toString();
      if (name.endsWith(".java") || name.endsWith(".properties") || name.endsWith(".html")) {
        try (InputStream in = file.openInputStream()) {
          for (byte b : in.readAllBytes()) {
            assertWithMessage("byte of %s", name).that(b & 0xff).isLessThan(0x80);
          }
        }
      }
    }
  }

  @Test
  void writesNonAsciiAsCharacterReferencesInJavadocAndAsEscapesInLiterals() throws IOException {
    String source =
        compilation
            .generatedSourceFile("com.example.tricky.TrickyErrors")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    List<String> commentLines = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("*") || trimmed.startsWith("/**")) {
        commentLines.add(line);
      }
    }
    String comments = String.join("\n", commentLines);
    // Chinese \u8bf7 and the emoji U+1F600 (one reference for the surrogate pair).
    assertThat(comments).contains("&#x8BF7;&#x68C0;");
    assertThat(comments).contains("&#x1F600;");
    assertThat(comments).doesNotContain("\\u");
    assertThat(source).contains("\\u8bf7\\u68c0");
  }

  @Test
  void generatesJavadocThatDoclintAccepts() throws IOException {
    Path sources = Files.createDirectories(work.resolve("javadoc-sources"));
    List<Path> files = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String uri = file.toUri().toString();
      Path target = sources.resolve(uri.substring(uri.indexOf("SOURCE_OUTPUT/") + 14));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
      files.add(target);
    }
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager fileManager =
        javadoc.getStandardFileManager(diagnostics, null, null)) {
      ok =
          javadoc
              .getTask(
                  output,
                  fileManager,
                  diagnostics,
                  null,
                  List.of(
                      "-Xdoclint:all",
                      "-quiet",
                      "-d",
                      work.resolve("javadoc").toString(),
                      "-classpath",
                      System.getProperty("java.class.path")),
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<?> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(diagnostic.toString());
      }
    }
    assertWithMessage("javadoc output:%n%s", output).that(errors).isEmpty();
    assertThat(ok).isTrue();
  }
}
