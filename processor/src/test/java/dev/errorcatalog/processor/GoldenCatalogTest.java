package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources and bundles of catalogs of each layout and size class, compared with
 * reviewed golden files.
 */
class GoldenCatalogTest {

  @TempDir Path tables;

  @Test
  void generatesTheReviewedSourceAndBundlesForAJsonCatalogWithTranslations() throws IOException {
    Compilation compilation =
        Compilations.compile(
            List.of("-A" + "errorcatalog.missingTranslation=ignore"),
            packageInfo(
                "com.example.ocr", catalog("OcrErrors", "errorcatalog/test/ocr-small.json")));
    assertThat(compilation).succeededWithoutWarnings();

    GoldenFiles.assertMatches(
        "ocr/OcrErrors.java", bytes(compilation.generatedSourceFile("com.example.ocr.OcrErrors")));
    GoldenFiles.assertMatches(
        "ocr/OcrErrors.properties",
        bytes(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "com.example.ocr", "OcrErrors.properties")));
    GoldenFiles.assertMatches(
        "ocr/OcrErrors_zh_CN.properties",
        bytes(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "com.example.ocr", "OcrErrors_zh_CN.properties")));
    GoldenFiles.assertMatches(
        "ocr/OcrErrors.html",
        bytes(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "com.example.ocr", "OcrErrors.html")));
  }

  @Test
  void generatesTheReviewedSourceAndBundleForACsvCatalogWithoutStatuses() throws IOException {
    Compilation compilation =
        Compilations.compile(
            packageInfo(
                "com.example.plain", catalog("PlainErrors", "errorcatalog/test/no-status.csv")));
    assertThat(compilation).succeededWithoutWarnings();

    GoldenFiles.assertMatches(
        "plain/PlainErrors.java",
        bytes(compilation.generatedSourceFile("com.example.plain.PlainErrors")));
    GoldenFiles.assertMatches(
        "plain/PlainErrors.properties",
        bytes(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "com.example.plain", "PlainErrors.properties")));
  }

  @Test
  void generatesTheReviewedFilesOfACatalogSplitIntoGroupMethods() throws IOException {
    // 300 codes: more than one lookup method, still one class.
    assertMatchesGoldenDirectory("split", 30);
  }

  @Test
  void generatesTheReviewedFilesOfALargeCatalog() throws IOException {
    // 2,100 codes: past the size of one class, so constants interfaces and an entries file.
    assertMatchesGoldenDirectory("large", 210);
  }

  /**
   * Compiles a catalog of the table {@link LargeCatalogTest#writeTable} writes with {@code
   * perService} codes a service, and compares every file generated for it with the golden directory
   * {@code name}, which must hold exactly those files. The reference page is left out: the ocr
   * golden pins its format, and a page of thousands of rows would be no review.
   */
  private void assertMatchesGoldenDirectory(String name, int perService) throws IOException {
    LargeCatalogTest.writeTable(tables.resolve("big.csv"), perService);
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables), "-Aerrorcatalog.html=false"),
            packageInfo("com.example.big", catalog("BigErrors", "big.csv")));
    assertThat(compilation).succeededWithoutWarnings();

    GoldenFiles.clearWhenUpdating(name);
    Set<String> generated = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf("/com/example/big/");
      if (at < 0 || file.getKind() == JavaFileObject.Kind.CLASS || !exists(file)) {
        continue; // class files, and tables the processor looked for but did not write
      }
      String fileName = uri.substring(at + "/com/example/big/".length());
      generated.add(fileName);
      GoldenFiles.assertMatches(name + "/" + fileName, bytes(Optional.of(file)));
    }
    assertThat(generated).contains("BigErrors.java");
    assertThat(generated).isEqualTo(GoldenFiles.list(name));
  }

  private static boolean exists(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] bytes(Optional<? extends JavaFileObject> file) throws IOException {
    try (InputStream in = file.orElseThrow().openInputStream()) {
      return in.readAllBytes();
    }
  }
}
