package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The generated source and bundles of small catalogs, compared with reviewed golden files. */
class GoldenCatalogTest {

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

  private static byte[] bytes(Optional<? extends JavaFileObject> file) throws IOException {
    try (InputStream in = file.orElseThrow().openInputStream()) {
      return in.readAllBytes();
    }
  }
}
