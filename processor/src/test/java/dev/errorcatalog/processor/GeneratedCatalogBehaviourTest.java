package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.ErrorCode;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users program against: the generated catalogs of a JSON table with Chinese texts, a CSV
 * table and a table without statuses, compiled together in one package and loaded.
 */
class GeneratedCatalogBehaviourTest {

  private static final Locale CHINA = Locale.forLanguageTag("zh-CN");

  @TempDir static Path classes;
  private static URLClassLoader loader;
  private static final Locale JVM_DEFAULT = Locale.getDefault();

  @BeforeAll
  static void compileAndLoad() {
    Compilation compilation =
        Compilations.compile(
            List.of("-Aerrorcatalog.missingTranslation=ignore"),
            packageInfo(
                "com.example.cloud",
                catalog("OcrErrors", "errorcatalog/test/ocr-small.json")
                    + "\n"
                    + catalog("VasErrors", "errorcatalog/test/vas-small.csv")
                    + "\n"
                    + catalog("PlainErrors", "/errorcatalog/test/no-status.csv")));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.load(compilation, classes);
  }

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(JVM_DEFAULT);
  }

  @Test
  void looksUpEveryCodeToItsConstant() throws Exception {
    ErrorCode constant = constant("OcrErrors", "MODELARTS_4101");
    assertThat(lookup("OcrErrors", "ModelArts.4101")).hasValue(constant);
    assertThat(lookup("OcrErrors", "ModelArts.4101").orElseThrow()).isSameInstanceAs(constant);
    for (ErrorCode entry : all("OcrErrors")) {
      assertThat(lookup("OcrErrors", entry.code())).hasValue(entry);
    }
  }

  @Test
  void givesEmptyForUnknownNullAndWronglyCasedCodes() throws Exception {
    assertThat(lookup("OcrErrors", "AIS.9999")).isEmpty();
    assertThat(lookup("OcrErrors", "modelarts.4101")).isEmpty();
    assertThat(lookup("OcrErrors", "")).isEmpty();
    assertThat(lookup("OcrErrors", null)).isEmpty();
    assertThat(lookup("OcrErrors", "VAS.0001")).isEmpty();
  }

  @Test
  void listsAllEntriesInTableOrder() throws Exception {
    assertThat(all("OcrErrors").stream().map(ErrorCode::code).toList())
        .containsExactly("AIS.0101", "ModelArts.4101", "AIP.0005", "APIG.0201")
        .inOrder();
    assertThat(all("VasErrors").stream().map(ErrorCode::code).toList())
        .containsExactly("VAS.0001", "VAS.0013", "VAS.2026")
        .inOrder();
  }

  @Test
  void keepsStatusCategoryAndCatalogAsTheTableGivesThem() throws Exception {
    ErrorCode ais = constant("OcrErrors", "AIS_0101");
    assertThat(ais.httpStatus()).isEqualTo(OptionalInt.of(400));
    assertThat(ais.category()).hasValue("OCR");
    assertThat(ais.catalog()).isEqualTo("ocr");
    assertThat(constant("OcrErrors", "APIG_0201").httpStatus()).isEqualTo(OptionalInt.empty());
    assertThat(constant("OcrErrors", "APIG_0201").category()).isEmpty();
    assertThat(constant("VasErrors", "VAS_0001").catalog()).isEqualTo("vas-small");
  }

  @Test
  void neverInventsAStatusForATableWithoutOne() throws Exception {
    for (ErrorCode entry : all("PlainErrors")) {
      assertThat(entry.httpStatus()).isEqualTo(OptionalInt.empty());
    }
    assertThat(constant("PlainErrors", "MODELARTS_4203").category()).hasValue("Platform");
  }

  @Test
  void givesMessagesInTheRequestedLocaleAndFallsBackToTheDefault() throws Exception {
    ErrorCode token = constant("OcrErrors", "MODELARTS_4101");
    assertThat(token.message()).isEqualTo("Token header cannot be empty.");
    assertThat(token.message(Locale.ENGLISH)).isEqualTo("Token header cannot be empty.");
    assertThat(token.message(CHINA)).isEqualTo("Token为空。");
    assertThat(token.message(Locale.CHINESE)).isEqualTo("Token header cannot be empty.");
    assertThat(token.message(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo("Token为空。");
    // No zh-CN description: falls back to English; the zh-CN solution is there.
    assertThat(token.description(CHINA)).hasValue("The token is empty.");
    assertThat(token.solution(CHINA)).hasValue("请检查发送的请求。");
    assertThat(token.solution(Locale.ROOT))
        .hasValue("The HTTP request header does not contain x-auth-token.");
  }

  @Test
  void fallsBackToTheCatalogDefaultNotToTheJvmDefaultLocale() throws Exception {
    Locale.setDefault(CHINA);
    ErrorCode token = constant("OcrErrors", "MODELARTS_4101");
    assertThat(token.message(Locale.FRENCH)).isEqualTo("Token header cannot be empty.");
    assertThat(token.message(Locale.ENGLISH)).isEqualTo("Token header cannot be empty.");
    assertThat(token.message(CHINA)).isEqualTo("Token为空。");
  }

  @Test
  void keepsMultiLineTextsAndTheirCharactersExactly() throws Exception {
    assertThat(constant("OcrErrors", "AIS_0101").solution(Locale.ENGLISH))
        .hasValue(
            """
            Check whether the input parameters are correct. Possible causes are as follows:
            - Both image and url set, or the value format is incorrect.
            - true or false is incorrectly spelled.\
            """);
    assertThat(constant("OcrErrors", "APIG_0201").description(Locale.ENGLISH))
        .hasValue("Request timed out <see /* the */ docs> & retry @later \\u002a/.");
    assertThat(constant("VasErrors", "VAS_0001").solution(Locale.ENGLISH))
        .hasValue("Check the body:\n1. quotes \"like this\"\n2. commas, too");
    assertThat(constant("VasErrors", "VAS_0001").message(CHINA)).isEqualTo("请求体不是合法的JSON对象。");
  }

  @Test
  void givesEmptyForTextsTheTableLacks() throws Exception {
    ErrorCode placeholder = constant("OcrErrors", "AIP_0005");
    assertThat(placeholder.description(Locale.ENGLISH)).isEmpty();
    assertThat(placeholder.solution(CHINA)).isEmpty();
  }

  @Test
  void fillsPrintfPlaceholdersInTheRequestedLocale() throws Exception {
    ErrorCode placeholder = constant("OcrErrors", "AIP_0005");
    assertThat(placeholder.format(Locale.ENGLISH, "X-Auth-Token"))
        .isEqualTo("Lack Header or Header X-Auth-Token is empty.");
    assertThat(placeholder.format(CHINA, "X-Auth-Token"))
        .isEqualTo("header缺失或者headerX-Auth-Token为空。");
  }

  @Test
  void generatesBundlesThatPlainResourceBundleLoads() throws Exception {
    ResourceBundle root =
        ResourceBundle.getBundle("com.example.cloud.OcrErrors", Locale.ROOT, loader);
    ResourceBundle chinese = ResourceBundle.getBundle("com.example.cloud.OcrErrors", CHINA, loader);
    assertThat(root.getString("AIS.0101")).isEqualTo("The input parameter is invalid.");
    assertThat(chinese.getString("ModelArts.4101")).isEqualTo("Token为空。");
    assertThat(chinese.getString("AIS.0101")).isEqualTo("The input parameter is invalid.");
    assertThat(
            loader
                .loadClass("com.example.cloud.OcrErrors")
                .getMethod("bundleBaseName")
                .invoke(null))
        .isEqualTo("com.example.cloud.OcrErrors");
  }

  @Test
  void usesTheCodeAsToString() throws Exception {
    assertThat(constant("OcrErrors", "AIS_0101").toString()).isEqualTo("AIS.0101");
  }

  private static ErrorCode constant(String type, String name) throws Exception {
    return (ErrorCode) loader.loadClass("com.example.cloud." + type).getField(name).get(null);
  }

  @SuppressWarnings("unchecked")
  private static Optional<ErrorCode> lookup(String type, String code) throws Exception {
    return (Optional<ErrorCode>)
        loader
            .loadClass("com.example.cloud." + type)
            .getMethod("lookup", String.class)
            .invoke(null, code);
  }

  @SuppressWarnings("unchecked")
  private static List<ErrorCode> all(String type) throws Exception {
    return (List<ErrorCode>)
        loader.loadClass("com.example.cloud." + type).getMethod("all").invoke(null);
  }
}
