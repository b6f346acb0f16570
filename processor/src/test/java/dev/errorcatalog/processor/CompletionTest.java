package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The constants of a small catalog complete after {@code NAME.} in JShell's completion engine, as
 * in an IDE; {@link LargeCatalogTest} checks the same at 100,000 codes.
 */
class CompletionTest {

  @TempDir Path classes;

  @Test
  void completesExactlyTheConstantsWithThePrefix() throws Exception {
    Compilation compilation =
        Compilations.compile(
            List.of("-Aerrorcatalog.missingTranslation=ignore"),
            packageInfo(
                "com.example.ocr", catalog("OcrErrors", "errorcatalog/test/ocr-small.json")));
    assertThat(compilation).succeededWithoutWarnings();
    Compilations.load(compilation, classes).close(); // writes the class files

    assertThat(Completions.at(classes, "com.example.ocr.OcrErrors.AI"))
        .containsExactly("AIS_0101", "AIP_0005");
    assertThat(Completions.at(classes, "com.example.ocr.OcrErrors.MODEL"))
        .containsExactly("MODELARTS_4101");
  }
}
