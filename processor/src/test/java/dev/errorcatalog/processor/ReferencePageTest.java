package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference page {@code NAME.html} beside a catalog's bundles. */
class ReferencePageTest {

  private static Compilation ocr(String... options) {
    return Compilations.compile(
        List.of(options),
        packageInfo("com.example.ocr", catalog("OcrErrors", "errorcatalog/test/ocr-small.json")));
  }

  @Test
  void listsEveryCodeInTableOrderWithTheCodeAsRowId() throws IOException {
    Compilation compilation = ocr("-Aerrorcatalog.missingTranslation=ignore");
    assertThat(compilation).succeededWithoutWarnings();
    String page = ReferencePages.page(compilation, "com.example.ocr", "OcrErrors").orElseThrow();

    Map<String, List<String>> rows = ReferencePages.rows(page);
    assertThat(rows.keySet())
        .containsExactly("AIS.0101", "ModelArts.4101", "AIP.0005", "APIG.0201")
        .inOrder();
    assertThat(page).contains("<a href=\"#ModelArts.4101\">ModelArts.4101</a>");
    // en first (the default), then zh-CN: message and solution of ModelArts.4101 in both.
    assertThat(rows.get("ModelArts.4101"))
        .containsExactly(
            "Token header cannot be empty.",
            "The token is empty.",
            "The HTTP request header does not contain x-auth-token.",
            "Token\u4e3a\u7a7a\u3002",
            "\u8bf7\u68c0\u67e5\u53d1\u9001\u7684\u8bf7\u6c42\u3002")
        .inOrder();
    assertThat(page).contains("<th scope=\"col\" lang=\"zh-CN\">zh-CN</th>");
    assertThat(page).contains("Source: https://support.huaweicloud.com/");
  }

  @Test
  void isSelfContainedAndShowsTheFullListWithoutScript() throws IOException {
    String page =
        ReferencePages.page(
                ocr("-Aerrorcatalog.missingTranslation=ignore"), "com.example.ocr", "OcrErrors")
            .orElseThrow();
    // Nothing is fetched: no external script, style sheet, image or font.
    assertThat(page).doesNotContainMatch("(?i)<(script|link|img|iframe)[^>]*(src|href)=");
    assertThat(page).doesNotContainMatch("(?i)url\\(|@import");
    // Rows are never hidden in the markup; only the script hides them, and the filter box it
    // needs is hidden until the script shows it.
    assertThat(page).doesNotContainMatch("<tr[^>]*hidden");
    assertThat(page).contains("<p id=\"filter-box\" hidden>");
  }

  @Test
  void isNotWrittenWhenTheOptionTurnsItOff() throws IOException {
    Compilation compilation =
        ocr("-Aerrorcatalog.missingTranslation=ignore", "-Aerrorcatalog.html=false");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(ReferencePages.page(compilation, "com.example.ocr", "OcrErrors")).isEmpty();
    assertThat(compilation.generatedSourceFile("com.example.ocr.OcrErrors")).isPresent();
  }

  @Test
  void rejectsAnOptionValueThatIsNeitherTrueNorFalse() {
    assertThat(ocr("-Aerrorcatalog.html=no"))
        .hadErrorContaining(
            "[ErrorCatalog:invalid-option] the option -Aerrorcatalog.html=no is not understood;"
                + " use one of true, false");
  }
}
